using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ShopCrm.Catalog;
using ShopCrm.Catalog.Api;
using ShopCrm.Catalog.Domain;
using ShopCrm.Catalog.Services;
using ShopCrm.Catalog.Services.Stock;
using ShopCrm.Core.Api;
using ShopCrm.Core.Data;
using ShopCrm.Core.Security;
using ShopCrm.Orders;
using ShopCrm.Orders.Api;
using ShopCrm.Orders.Domain;
using ShopCrm.Orders.Services;
using ShopCrm.Tests.Infrastructure;
using static ShopCrm.Tests.Builders.Build;

namespace ShopCrm.Tests.Security;

// Issue 11, items 1 and 9: what a page hides, the service refuses, and a refusal reads as one.
public sealed class PermissionAttackTests
{
    private const long OriginalNetMinor = 45_121;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_warehouse_import_with_price_and_status_columns_is_refused_whole_and_writes_nothing(DatabaseProvider provider)
    {
        await using var app = await StaffApp.StartAsync(provider, Roles.Warehouse, Roles.ContentEditor);
        var sku = await DraftModelAsync(app);
        var warehouse = await app.LogInAsync(Roles.Warehouse);
        warehouse.DefaultRequestHeaders.Add("RequestVerificationToken", await AntiforgeryTokenAsync(warehouse));
        var priceChangesBefore = await CountAsync<PriceChange>(app);

        var upload = await warehouse.PostAsync($"{CatalogImportEndpoints.UploadPath}?kind=Models", Csv($"SKU;Name;Net price;Status\n{sku};Wędka tania;1,00;Active\n"));
        Assert.Equal(HttpStatusCode.OK, upload.StatusCode);
        var importId = (await upload.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        var imports = app.Get<CatalogImportService>();
        var (import, _) = await imports.StateAsync(importId);
        var map = CatalogImportService.MapOf(import!);
        Assert.True(map.ContainsKey(ImportFields.NetPrice) && map.ContainsKey(ImportFields.Status), "the columns were recognised");

        var preview = await app.AsAsync(Roles.Warehouse, () => imports.PreviewAsync(import!, map));
        var refused = await Assert.ThrowsAsync<PermissionDeniedException>(() => app.AsAsync(Roles.Warehouse, () => imports.StartAsync(importId, map)));

        Assert.Contains(preview.MapProblems, p => p.Contains("You may not change Net price", StringComparison.Ordinal));
        Assert.Contains(preview.MapProblems, p => p.Contains("You may not change Status", StringComparison.Ordinal));
        Assert.Contains("Net price", refused.Message, StringComparison.Ordinal);
        Assert.Contains("Status", refused.Message, StringComparison.Ordinal);
        Assert.Contains("Nothing was imported", refused.Message, StringComparison.Ordinal);
        await using (var db = await app.NewContextAsync())
        {
            var product = await db.Set<Product>().AsNoTracking().SingleAsync(p => p.Sku == sku);
            Assert.Equal((OriginalNetMinor, ProductStatus.Draft, "Wędka spinningowa"), (product.NetPriceMinor, product.Status, product.Name));
            Assert.Equal(ImportStatus.Uploaded, await db.Set<CatalogImport>().Where(i => i.Id == importId).Select(i => i.Status).SingleAsync());
        }

        Assert.Equal(priceChangesBefore, await CountAsync<PriceChange>(app));

        // The same file is the content editor's to import: the check is per person and column, not a ban on the file.
        Assert.True(await app.AsAsync(Roles.ContentEditor, () => imports.StartAsync(importId, map)));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_warehouse_import_of_names_only_is_started(DatabaseProvider provider)
    {
        await using var app = await StaffApp.StartAsync(provider, Roles.Warehouse);
        var sku = await DraftModelAsync(app);
        var warehouse = await app.LogInAsync(Roles.Warehouse);
        warehouse.DefaultRequestHeaders.Add("RequestVerificationToken", await AntiforgeryTokenAsync(warehouse));

        var upload = await warehouse.PostAsync($"{CatalogImportEndpoints.UploadPath}?kind=Models", Csv($"SKU;Name\n{sku};Wędka spinningowa 2,7 m\n"));
        var importId = (await upload.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        var imports = app.Get<CatalogImportService>();
        var (import, _) = await imports.StateAsync(importId);

        Assert.True(await app.AsAsync(Roles.Warehouse, () => imports.StartAsync(importId, CatalogImportService.MapOf(import!))));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Signed_in_staff_without_the_permission_get_a_403_problem_from_uploads_and_downloads_and_pages_still_redirect(DatabaseProvider provider)
    {
        await using var app = await StaffApp.StartAsync(provider, Roles.OrderManager, Roles.Accountant);
        var orders = await app.LogInAsync(Roles.OrderManager);
        orders.DefaultRequestHeaders.Add("RequestVerificationToken", await AntiforgeryTokenAsync(orders));
        var accountant = await app.LogInAsync(Roles.Accountant);
        var importsBefore = await CountAsync<CatalogImport>(app);

        var upload = await orders.PostAsync($"{CatalogImportEndpoints.UploadPath}?kind=Models", Csv("SKU;Name;Net price\nX-1;Wędka;1,00\n"));
        var download = await accountant.GetAsync(CatalogExport.ModelsPath);
        var page = await accountant.GetAsync("/catalog/models");
        var anonymous = await app.Factory.CreateAnonymousClient().GetAsync(CatalogExport.ModelsPath);

        foreach (var (response, permission) in new[] { (upload, CatalogPermissions.Import), (download, CatalogPermissions.View) })
        {
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal(403, problem.GetProperty("status").GetInt32());
            var description = CatalogPermissions.All.Single(p => p.Name == permission).Description;
            Assert.Contains(description, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
            Assert.False(string.IsNullOrEmpty(problem.GetProperty("correlationId").GetString()));
        }

        Assert.Equal(importsBefore, await CountAsync<CatalogImport>(app));
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/account/access-denied", page.Headers.Location!.AbsolutePath);
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/account/login", anonymous.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task The_workflow_refuses_a_step_the_role_lacks_and_each_role_makes_exactly_the_steps_the_map_allows(DatabaseProvider provider)
    {
        string[] roles = [Roles.OrderManager, Roles.Warehouse, Roles.Accountant];
        await using var app = await StaffApp.StartAsync(provider, roles);
        var (orderId, version) = await SiteOrderAsync(app);
        var workflow = app.Get<OrderWorkflow>();
        var changesBefore = await CountAsync<OrderStatusChange>(app);

        var cancelledByWarehouse = await app.AsAsync(Roles.Warehouse, () => workflow.ChangeStatusAsync(new OrderStatusRequest(orderId, version, OrderStatus.Cancelled)));
        var packedByAccountant = await app.AsAsync(Roles.Accountant, () => workflow.ChangeStatusAsync(new OrderStatusRequest(orderId, version, OrderStatus.Assembly)));

        Assert.Equal("forbidden", cancelledByWarehouse.Error?.Code);
        Assert.Contains("Cancel orders", cancelledByWarehouse.Error!.Message, StringComparison.Ordinal);
        Assert.Equal("forbidden", packedByAccountant.Error?.Code);
        await using (var db = await app.NewContextAsync())
        {
            var order = await db.Set<Order>().AsNoTracking().SingleAsync(o => o.Id == orderId);
            Assert.Equal((OrderStatus.Confirmed, version), (order.Status, order.Version));
        }

        Assert.Equal(changesBefore, await CountAsync<OrderStatusChange>(app));

        var toAssembly = await app.AsAsync(Roles.Warehouse, () => workflow.ChangeStatusAsync(new OrderStatusRequest(orderId, version, OrderStatus.Assembly)));
        Assert.True(toAssembly.Succeeded, toAssembly.Error?.Message);

        // Every step against every role, on an order that does not exist: the permission is checked first,
        // so a step the role holds gets "not found" and any other "forbidden".
        var store = app.Get<PermissionStore>();
        foreach (var role in roles)
        {
            var held = await store.PermissionsOfRoleAsync(role);
            foreach (var to in Enum.GetValues<OrderStatus>().Where(s => s != OrderStatus.New))
            {
                var result = await app.AsAsync(role, () => workflow.ChangeStatusAsync(new OrderStatusRequest(long.MaxValue, 1, to)));
                var expected = held.Contains(OrderTransitions.PermissionFor(to)) ? "not-found" : "forbidden";
                Assert.True(expected == result.Error?.Code, $"{role} -> {to}: expected {expected}, got {result.Error?.Code}");
            }
        }

        Assert.Contains(await store.PermissionsOfRoleAsync(Roles.Warehouse), p => p == OrderTransitions.PermissionFor(OrderStatus.Shipped));
        Assert.DoesNotContain(await store.PermissionsOfRoleAsync(Roles.Warehouse), p => p == OrderTransitions.PermissionFor(OrderStatus.Cancelled));
        Assert.Contains(await store.PermissionsOfRoleAsync(Roles.Accountant), p => p == OrderTransitions.PermissionFor(OrderStatus.Returned));
    }

    private static async Task<string> DraftModelAsync(StaffApp app)
    {
        var model = await AModel(app.Factory.Services).WithSkuPrefix("ATK-").Named("Wędka spinningowa")
            .PricedAt(55_499, OriginalNetMinor).InStatus(ProductStatus.Draft).BuildAsync();
        return model.Sku;
    }

    // A confirmed order placed by the e-shop through the site API, with its stock reserved.
    private static async Task<(long Id, int Version)> SiteOrderAsync(StaffApp app)
    {
        var warehouse = await AWarehouse(app.Factory.Services).Coded("MAG", "Magazyn").BuildAsync();
        var model = await AModel(app.Factory.Services).WithSkuPrefix("ORD-").NamedAfterSku("Kołowrotek ").InStock(5, warehouse).BuildAsync();
        var shop = await app.Factory.CreateApiClientAsync("e-shop", OrderPermissions.SitePlace);
        var siteOrderId = "WWW-" + Guid.NewGuid().ToString("N")[..8];
        var placed = await shop.PostAsJsonAsync("/api/v1/orders", ASiteOrder().WithId(siteOrderId).AsGuest().PayingBy("CashOnDelivery").WithLine(model.Sku).Build());
        Assert.Equal(HttpStatusCode.Created, placed.StatusCode);
        await using var check = await app.NewContextAsync();
        var order = await check.Set<Order>().AsNoTracking().SingleAsync(o => o.SiteOrderId == siteOrderId);
        Assert.Equal(OrderStatus.Confirmed, order.Status);
        return (order.Id, order.Version);
    }

    private static async Task<int> CountAsync<T>(StaffApp app)
        where T : class
    {
        await using var db = await app.NewContextAsync();
        return await db.Set<T>().CountAsync();
    }

    private static MultipartFormDataContent Csv(string text)
    {
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        return new MultipartFormDataContent { { file, "file", "katalog.csv" } };
    }

    // Uploads carry the antiforgery token of the signed-in person, as the import page sends it.
    private static async Task<string> AntiforgeryTokenAsync(HttpClient client)
    {
        var page = await client.GetStringAsync("/account/change-password");
        return AntiforgeryField.TokenIn(page);
    }
}
