using System.Security.Claims;
using ShopCrm.Catalog.Domain;
using ShopCrm.Catalog.Services;
using ShopCrm.Catalog.Services.Stock;
using ShopCrm.Core.Auditing;
using ShopCrm.Core.Data;
using ShopCrm.Core.Identity;
using ShopCrm.Core.Money;
using ShopCrm.Core.Security;
using ShopCrm.Orders.Contracts;
using ShopCrm.Orders.Domain;
using ShopCrm.Orders.Services;
using ShopCrm.Orders.Services.Documents;
using ShopCrm.Tests.Catalog;
using ShopCrm.Tests.Core.Pdf;
using ShopCrm.Tests.Infrastructure;
using static ShopCrm.Tests.Builders.Build;

namespace ShopCrm.Tests.Orders;

// Which figure an order is priced from, and that its lines, totals and documents follow it.
public sealed class OrderPriceBasisTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Orders_taken_by_phone_or_in_the_store_cost_the_shelf_price_times_the_quantity_also_after_a_change(DatabaseProvider provider)
    {
        await using var shop = await OrderFixture.StartAsync(provider);
        var (float1499, reel1999) = await ShelfModelsAsync(shop);

        var phone = await shop.PlaceAsync(shop.Draft(new OrderLineDraft(float1499.Id, 2)));
        var store = await shop.PlaceAsync(shop.Draft(new OrderLineDraft(reel1999.Id, 3)) with { Channel = OrderChannel.Store, DeliveryMethod = DeliveryMethod.StorePickup });

        var byPhone = await shop.LoadAsync(phone.Id);
        Assert.Equal((PriceBasis.Gross, 2998L, 561L, 2437L), (byPhone.PriceBasis, byPhone.GrossMinor, byPhone.VatMinor, byPhone.NetMinor));
        var inStore = await shop.LoadAsync(store.Id);
        Assert.Equal((PriceBasis.Gross, 5997L, 5997L), (inStore.PriceBasis, inStore.GrossMinor, inStore.PayableMinor));

        var line = Assert.Single(byPhone.Lines);
        var changed = await shop.Host.Get<OrderLineEditor>().ChangeLinesAsync(phone.Id, phone.Version, [new(line.Id, float1499.Id, 3), new(null, reel1999.Id, 1, LineDiscountMinor: 99)]);

        Assert.True(changed.Succeeded, changed.Error?.Message);
        var after = await shop.LoadAsync(phone.Id);
        Assert.Equal([4497L, 1900L], after.Lines.Select(l => l.GrossMinor));
        Assert.Equal((6397L, after.Lines.Sum(l => l.VatMinor)), (after.GrossMinor, after.VatMinor));
        Assert.All(after.Lines, l => Assert.Equal(l.GrossMinor, l.NetMinor + l.VatMinor));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_company_order_is_priced_net_when_agreed_so_and_its_invoice_says_vat_from_the_net(DatabaseProvider provider)
    {
        await using var shop = await OrderFixture.StartAsync(provider);
        await OrderDocumentTestData.SellerAsync(shop.Host);
        var (float1499, _) = await ShelfModelsAsync(shop);
        var company = shop.Draft(new OrderLineDraft(float1499.Id, 2)) with
        {
            ClientId = null,
            CustomerName = "Jan Hurtowy",
            CompanyName = "Hurtownia Okoń Sp. j.",
            VatId = "PL7250001111",
            Street = "ul. Portowa 2",
            PostalCode = "81-001",
            City = "Gdynia",
        };

        var byRep = await shop.PlaceAsync(company with { Channel = OrderChannel.SalesRep });
        var byPhoneNet = await shop.PlaceAsync(company with { PriceBasis = PriceBasis.Net });
        var byPhone = await shop.PlaceAsync(company);
        var consumerNet = await shop.Orders.PlaceAsync(shop.Draft(new OrderLineDraft(float1499.Id, 2)) with { PriceBasis = PriceBasis.Net });

        Assert.Equal((PriceBasis.Net, 2999L), await BasisAndGrossAsync(shop, byRep.Id));
        Assert.Equal((PriceBasis.Net, 2999L), await BasisAndGrossAsync(shop, byPhoneNet.Id));
        Assert.Equal((PriceBasis.Gross, 2998L), await BasisAndGrossAsync(shop, byPhone.Id));
        Assert.False(consumerNet.Succeeded);
        Assert.Contains("companies", consumerNet.Error!.Fields![nameof(OrderDraft.PriceBasis)]);

        await shop.MoveAsync(byRep.Id, OrderStatus.Confirmed);
        var invoice = await shop.Host.Get<OrderDocuments>().IssueAsync(byRep.Id, OrderDocumentType.Invoice);
        var text = PdfText.Extract((await shop.Host.Get<OrderDocuments>().RenderAsync(invoice.Value!.Id))!.Pdf);
        Assert.Matches(@"2 szt\.\s+12,19 PLN\s+23%\s+24,38 PLN\s+5,61 PLN\s+29,99 PLN", text);
        Assert.Matches(@"Razem do zapłaty\s+29,99 PLN", text);
        Assert.Contains("VAT liczony od netto", text);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Documents_name_the_person_who_issued_them_and_the_login_only_for_an_account_without_a_name(DatabaseProvider provider)
    {
        await using var shop = await OrderFixture.StartAsync(provider);
        var named = await UserAsync(shop, "zofia@sklep.test", "Zofia Fakturowa");
        var nameless = await UserAsync(shop, "konto@sklep.test", "");
        var first = await shop.PlaceAsync(shop.Draft());
        var second = await shop.PlaceAsync(shop.Draft());
        await shop.MoveAsync(first.Id, OrderStatus.Confirmed);
        await shop.MoveAsync(second.Id, OrderStatus.Confirmed);

        var byName = await IssueAsAsync(shop, named, first.Id);
        var byLogin = await IssueAsAsync(shop, nameless, second.Id);

        Assert.Contains("Dokument wystawił(a): Zofia Fakturowa.", byName);
        Assert.DoesNotContain("zofia@sklep.test", byName);
        Assert.Contains("Dokument wystawił(a): konto@sklep.test.", byLogin);
    }

    private static async Task<(PriceBasis, long)> BasisAndGrossAsync(OrderFixture shop, long orderId)
    {
        var order = await shop.LoadAsync(orderId);
        return (order.PriceBasis, order.GrossMinor);
    }

    // Models priced on the shelf at 14.99 and 19.99, their nets derived by the VAT rule as the catalog does.
    private static async Task<(Product Float, Product Reel)> ShelfModelsAsync(OrderFixture shop)
    {
        var category = await CatalogTestData.CategoryAsync(shop.Host, "Półka");
        var onTheShelf = AModel(shop.Host.Services).InCategory(category);
        var spinner = await onTheShelf.WithSku("SPL-1499").PricedAt(1499).InStock(20, shop.Warehouse).BuildAsync();
        var reel = await onTheShelf.WithSku("KOL-1999").PricedAt(1999).InStock(20, shop.Warehouse).BuildAsync();
        return (spinner, reel);
    }

    private static async Task<ShopUser> UserAsync(OrderFixture shop, string email, string fullName)
    {
        var user = new ShopUser { UserName = email, Email = email, FullName = fullName, CreatedAt = shop.UtcNow };
        await using var db = await shop.Host.NewContextAsync();
        db.Users.Add(user);
        await db.SaveChangesAsync();
        return user;
    }

    // The order card issues documents in the person's circuit, whose user CurrentUser takes from CircuitUser;
    // issuing needs orders.edit (PermissionGuard), which the order manager holds by default.
    private static async Task<string> IssueAsAsync(OrderFixture shop, ShopUser user, long orderId)
    {
        await shop.Host.Get<PermissionStore>().ApplyDefaultGrantsAsync(shop.UtcNow);
        CurrentUser.CircuitUser = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, user.Id), new Claim(ClaimTypes.Name, user.UserName!), new Claim(ClaimTypes.Role, Roles.OrderManager)], "test"));
        try
        {
            var documents = shop.Host.Get<OrderDocuments>();
            var issued = await documents.IssueAsync(orderId, OrderDocumentType.Invoice);
            Assert.True(issued.Succeeded, issued.Error?.Message);
            return PdfText.Extract((await documents.RenderAsync(issued.Value!.Id))!.Pdf);
        }
        finally
        {
            CurrentUser.CircuitUser = null;
        }
    }
}
