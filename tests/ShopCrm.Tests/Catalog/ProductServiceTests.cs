using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ShopCrm.Catalog.Domain;
using ShopCrm.Catalog.Services;
using ShopCrm.Catalog.Services.Completeness;
using ShopCrm.Catalog.Services.Images;
using ShopCrm.Catalog.Services.Products;
using ShopCrm.Core.Auditing;
using ShopCrm.Core.Data;
using ShopCrm.Core.Security;
using ShopCrm.Tests.Infrastructure;

namespace ShopCrm.Tests.Catalog;

public sealed class ProductServiceTests
{
    private static async Task<T> AsAsync<T>(string role, Func<Task<T>> act)
    {
        CurrentUser.CircuitUser = UserIn(role);
        try
        {
            return await act();
        }
        finally
        {
            CurrentUser.CircuitUser = null;
        }
    }

    private static ClaimsPrincipal UserIn(string role) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.Name, role.ToLowerInvariant() + "@demo.shopcrm.pl"), new Claim(ClaimTypes.Role, role)], "Test"));

    private sealed record Shelf(Category Rods, Category Spinning, SpecificationDefinition Length, Supplier Supplier, Brand Brand);

    private static async Task<Shelf> ShelfAsync(CoreHost host)
    {
        var rods = await CatalogTestData.CategoryAsync(host, "Wędki");
        var spinning = await CatalogTestData.CategoryAsync(host, "Wędki spinningowe", rods);
        var length = await CatalogTestData.AddAsync(host, new SpecificationDefinition { CategoryId = rods.Id, Name = "Długość", Kind = SpecificationKind.Number, Unit = "m", IsRequired = true });
        var supplier = await CatalogTestData.AddAsync(host, new Supplier { Name = "Hurtownia Karaś" });
        var brand = await CatalogTestData.AddAsync(host, new Brand { Name = "Jaxon" });
        return new Shelf(rods, spinning, length, supplier, brand);
    }

    private static ProductInput Card(Shelf shelf, string sku = "WED-001") => new()
    {
        Sku = sku,
        Name = "Wędka spinningowa Łowca 2,70 m",
        CategoryId = shelf.Spinning.Id,
        BrandId = shelf.Brand.Id,
        NetPriceMinor = 10_000,
        VatRatePercent = 23,
    };

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_new_card_gets_its_gross_price_normalized_name_and_first_price_history_row(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        var shelf = await ShelfAsync(host);
        var card = Card(shelf);
        card.NetPriceMinor = 8_137;

        var result = await host.Get<ProductService>().CreateAsync(card);

        Assert.True(result.Succeeded, result.Error?.Message);
        await using var db = await host.NewContextAsync();
        var saved = await db.Set<Product>().SingleAsync();
        Assert.Equal(10_009, saved.GrossPriceMinor); // 81.37 + 23% = 18.7151 VAT -> 18.72, gross 100.09
        Assert.Equal("wedka spinningowa lowca 2 70 m", saved.NormalizedName);
        Assert.Equal(ProductStatus.Draft, saved.Status);
        var history = await db.Set<PriceChange>().SingleAsync();
        Assert.Null(history.OldNetMinor);
        Assert.Equal(8_137, history.NewNetMinor);
    }

    [Fact]
    public async Task Only_someone_with_the_prices_permission_changes_a_price_whoever_calls_the_service()
    {
        await using var host = await CoreHost.StartAsync(DatabaseProvider.Sqlite);
        await host.Get<PermissionStore>().ApplyDefaultGrantsAsync(host.Get<TimeProvider>().GetUtcNow().UtcDateTime);
        var shelf = await ShelfAsync(host);
        var service = host.Get<ProductService>();
        var product = (await service.CreateAsync(Card(shelf))).Value!;
        var cheaper = Card(shelf);
        cheaper.NetPriceMinor = 9_000;
        try
        {
            CurrentUser.CircuitUser = UserIn(Roles.Warehouse);
            var refused = await service.UpdateAsync(product.Id, product.Version, cheaper);
            var described = Card(shelf);
            described.Description = "Opis od magazynu.";
            var textOnly = await service.UpdateAsync(product.Id, product.Version, described);

            Assert.Equal(CatalogError.PricesNotAllowed, refused.Error);
            Assert.True(textOnly.Succeeded);

            CurrentUser.CircuitUser = UserIn(Roles.ContentEditor);
            var allowed = await service.UpdateAsync(product.Id, textOnly.Value!.Version, cheaper);
            Assert.True(allowed.Succeeded, allowed.Error?.Message);
        }
        finally
        {
            CurrentUser.CircuitUser = null;
        }

        await using var db = await host.NewContextAsync();
        Assert.Equal(9_000, await db.Set<Product>().Where(p => p.Id == product.Id).Select(p => p.NetPriceMinor).SingleAsync());
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_save_from_a_stale_copy_is_refused_and_overwrites_nothing(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        var shelf = await ShelfAsync(host);
        var service = host.Get<ProductService>();
        var product = (await service.CreateAsync(Card(shelf))).Value!;
        var openedVersion = product.Version;

        var first = Card(shelf);
        first.Description = "Lekka wędka na okonia.";
        var firstSave = await service.UpdateAsync(product.Id, openedVersion, first);
        var second = Card(shelf);
        second.Description = "Tekst z drugiej karty przeglądarki.";
        second.NetPriceMinor = 1;
        var secondSave = await service.UpdateAsync(product.Id, openedVersion, second);

        Assert.True(firstSave.Succeeded);
        Assert.True(secondSave.IsConflict);
        Assert.Contains("Someone else saved this card", secondSave.Error!.Message);
        await using var db = await host.NewContextAsync();
        var saved = await db.Set<Product>().SingleAsync();
        Assert.Equal("Lekka wędka na okonia.", saved.Description);
        Assert.Equal(10_000, saved.NetPriceMinor);
        Assert.Equal(openedVersion + 1, saved.Version);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Two_saves_racing_from_one_copy_let_exactly_one_win(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        var shelf = await ShelfAsync(host);
        var service = host.Get<ProductService>();
        var product = (await service.CreateAsync(Card(shelf))).Value!;

        var saves = await Task.WhenAll(Enumerable.Range(0, 4).Select(i =>
        {
            var card = Card(shelf);
            card.Description = $"Wersja {i}";
            return service.UpdateAsync(product.Id, product.Version, card);
        }));

        Assert.Equal(1, saves.Count(s => s.Succeeded));
        Assert.All(saves.Where(s => !s.Succeeded), s => Assert.True(s.IsConflict));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Price_changes_are_kept_with_who_made_them_and_other_edits_add_none(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        var shelf = await ShelfAsync(host);
        var service = host.Get<ProductService>();
        var product = (await service.CreateAsync(Card(shelf))).Value!;

        var cheaper = Card(shelf);
        cheaper.NetPriceMinor = 9_000;
        cheaper.PurchasePriceMinor = 5_000;
        var afterPrice = (await service.UpdateAsync(product.Id, product.Version, cheaper)).Value!;
        var lowerVat = Card(shelf);
        lowerVat.NetPriceMinor = 9_000;
        lowerVat.PurchasePriceMinor = 5_000;
        lowerVat.VatRatePercent = 8;
        var afterVat = (await service.UpdateAsync(product.Id, afterPrice.Version, lowerVat)).Value!;
        lowerVat.Description = "Tylko opis.";
        var afterText = await service.UpdateAsync(product.Id, afterVat.Version, lowerVat);

        Assert.True(afterText.Succeeded);
        Assert.Equal(9_720, afterText.Value!.GrossPriceMinor);
        await using var db = await host.NewContextAsync();
        var history = await db.Set<PriceChange>().OrderBy(c => c.Id).ToListAsync();
        Assert.Equal(3, history.Count);
        Assert.Equal((10_000L, 9_000L, (long?)null, (long?)5_000), (history[1].OldNetMinor!.Value, history[1].NewNetMinor, history[1].OldPurchaseMinor, history[1].NewPurchaseMinor));
        Assert.Equal(8, history[2].VatRatePercent);
        Assert.All(history, h => Assert.Equal("system", h.UserName));
        Assert.True(afterText.Value.UpdatedAt >= product.UpdatedAt);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Completeness_follows_the_nearest_ancestors_rule_and_says_what_is_missing(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        var shelf = await ShelfAsync(host);

        // Rods need no image and no supplier; spinning rods have no rule of their own, so they inherit it.
        await CatalogTestData.AddAsync(host, new CompletenessRule { CategoryId = shelf.Rods.Id, MinimumImages = 0, RequireSupplier = false });
        var service = host.Get<ProductService>();
        var card = Card(shelf);

        var bare = (await service.CreateAsync(card)).Value!;
        card.Description = "Szybka wędka na sandacza.";
        card.Specifications[shelf.Length.Id] = "2,70";
        var complete = (await service.UpdateAsync(bare.Id, bare.Version, card)).Value!;

        Assert.Equal(33, bare.Completeness);
        Assert.Equal("description; specification Długość", bare.MissingParts);
        Assert.Equal(100, complete.Completeness);
        Assert.Null(complete.MissingParts);

        // A stricter rule on the subcategory itself wins over the parent's, once everything is recomputed.
        await CatalogTestData.AddAsync(host, new CompletenessRule { CategoryId = shelf.Spinning.Id, MinimumImages = 2, RequireSupplier = true });
        var changed = await host.Get<CompletenessService>().RecomputeAllAsync();
        await using var db = await host.NewContextAsync();
        var recomputed = await db.Set<Product>().SingleAsync();
        Assert.Equal(1, changed);
        Assert.Equal(60, recomputed.Completeness);
        Assert.Equal("2 images; supplier", recomputed.MissingParts);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task An_incomplete_card_is_published_only_by_someone_allowed_to_publish_it_incomplete(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        await host.Get<PermissionStore>().ApplyDefaultGrantsAsync(host.Get<TimeProvider>().GetUtcNow().UtcDateTime);
        var shelf = await ShelfAsync(host);
        var service = host.Get<ProductService>();
        var product = (await service.CreateAsync(Card(shelf))).Value!;

        var byEditor = await AsAsync(Roles.ContentEditor, () => service.PublishAsync(product.Id, product.Version));
        var byOwner = await AsAsync(Roles.Owner, () => service.PublishAsync(product.Id, product.Version));

        Assert.Equal("incomplete", byEditor.Error!.Code);
        Assert.Contains("Missing: description; 1 image; specification Długość; supplier", byEditor.Error!.Message);
        Assert.True(byOwner.Succeeded);
        await using var db = await host.NewContextAsync();
        var saved = await db.Set<Product>().SingleAsync();
        Assert.Equal(ProductStatus.Active, saved.Status);
        Assert.True(saved.PublishedIncomplete);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_complete_card_with_an_image_and_a_leading_supplier_is_published_by_the_content_editor(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        await host.Get<PermissionStore>().ApplyDefaultGrantsAsync(host.Get<TimeProvider>().GetUtcNow().UtcDateTime);
        var shelf = await ShelfAsync(host);
        var service = host.Get<ProductService>();
        var card = Card(shelf);
        card.Description = "Szybka wędka na sandacza.";
        card.Specifications[shelf.Length.Id] = "2.7";
        card.Suppliers = [new SupplierLinkInput(shelf.Supplier.Id, "JX-270", 6_000, IsLeading: true)];
        var product = (await service.CreateAsync(card)).Value!;
        Assert.Equal("1 image", product.MissingParts);

        await host.Get<ProductImageService>().AddAsync(product.Id, "wedka.png", new MemoryStream(TestImages.Png));
        await using (var db = await host.NewContextAsync())
        {
            Assert.Equal(100, await db.Set<Product>().Select(p => p.Completeness).SingleAsync());
        }

        var published = await AsAsync(Roles.ContentEditor, () => service.PublishAsync(product.Id, product.Version));

        Assert.True(published.Succeeded, published.Error?.Message);
        Assert.Equal(ProductStatus.Active, published.Value!.Status);
        Assert.False(published.Value.PublishedIncomplete);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Specification_values_are_checked_against_their_kind(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        var shelf = await ShelfAsync(host);
        var action = await CatalogTestData.AddAsync(host, new SpecificationDefinition { CategoryId = shelf.Spinning.Id, Name = "Akcja", Kind = SpecificationKind.Option, Options = "szybka\nśrednia\nwolna" });
        var transport = await CatalogTestData.AddAsync(host, new SpecificationDefinition { CategoryId = shelf.Spinning.Id, Name = "Pokrowiec", Kind = SpecificationKind.YesNo });
        var material = await CatalogTestData.AddAsync(host, new SpecificationDefinition { CategoryId = shelf.Spinning.Id, Name = "Materiał", Kind = SpecificationKind.Text });
        var service = host.Get<ProductService>();
        var card = Card(shelf);
        card.Specifications = new() { [shelf.Length.Id] = "dwa metry", [action.Id] = "bardzo szybka", [transport.Id] = "może", [material.Id] = "węgiel" };

        var refused = await service.CreateAsync(card);
        card.Specifications = new() { [shelf.Length.Id] = "2,70", [action.Id] = "Szybka", [transport.Id] = "tak", [material.Id] = "węgiel" };
        var accepted = await service.CreateAsync(card);

        Assert.Equal("Długość is a number in m, for example 2.7.", refused.ErrorFor(SpecificationParser.FieldName(shelf.Length.Id)));
        Assert.Equal("Choose Akcja from the list: szybka, średnia, wolna.", refused.ErrorFor(SpecificationParser.FieldName(action.Id)));
        Assert.Equal("Pokrowiec is yes or no.", refused.ErrorFor(SpecificationParser.FieldName(transport.Id)));
        Assert.Null(refused.ErrorFor(SpecificationParser.FieldName(material.Id)));
        Assert.True(accepted.Succeeded);
        await using var db = await host.NewContextAsync();
        var values = await db.Set<ProductSpecification>().ToDictionaryAsync(s => s.DefinitionId);
        Assert.Equal(2.7, values[shelf.Length.Id].NumberValue);
        Assert.Equal("szybka", values[action.Id].TextValue);
        Assert.Equal("yes", values[transport.Id].TextValue);
        Assert.Equal("węgiel", values[material.Id].TextValue);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Bad_fields_are_reported_at_the_field(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        var shelf = await ShelfAsync(host);
        var service = host.Get<ProductService>();
        await service.CreateAsync(Card(shelf, "WED-001"));

        var result = await service.CreateAsync(new ProductInput
        {
            Sku = " WED-001 ",
            Name = "  ",
            Ean = "5901234123450",
            NetPriceMinor = -1,
            Suppliers = [new SupplierLinkInput(shelf.Supplier.Id, "X1", null, IsLeading: false)],
        });

        Assert.Equal("Another model already has the SKU WED-001. SKUs must be unique.", result.ErrorFor(nameof(ProductInput.Sku)));
        Assert.Equal("Give the model a name.", result.ErrorFor(nameof(ProductInput.Name)));
        Assert.StartsWith("This is not a valid EAN", result.ErrorFor(nameof(ProductInput.Ean)));
        Assert.Equal("Choose the category the model belongs to.", result.ErrorFor(nameof(ProductInput.CategoryId)));
        Assert.Equal("The net price cannot be negative.", result.ErrorFor(nameof(ProductInput.NetPriceMinor)));
        Assert.StartsWith("Mark exactly one supplier as the leading one", result.ErrorFor(nameof(ProductInput.Suppliers)));
        await using var db = await host.NewContextAsync();
        Assert.Equal(1, await db.Set<Product>().CountAsync());
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task The_leading_supplier_moves_from_one_supplier_to_another(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        var shelf = await ShelfAsync(host);
        var other = await CatalogTestData.AddAsync(host, new Supplier { Name = "Wędkarz Hurt" });
        var service = host.Get<ProductService>();
        var card = Card(shelf);
        card.Suppliers = [new SupplierLinkInput(shelf.Supplier.Id, "JX-270", 6_000, true), new SupplierLinkInput(other.Id, "WH-9", 6_200, false)];
        var product = (await service.CreateAsync(card)).Value!;

        card.Suppliers = [new SupplierLinkInput(shelf.Supplier.Id, "JX-270", 6_000, false), new SupplierLinkInput(other.Id, "WH-9", 5_900, true)];
        var moved = await service.UpdateAsync(product.Id, product.Version, card);

        Assert.True(moved.Succeeded, moved.Error?.Message);
        await using var db = await host.NewContextAsync();
        var leading = await db.Set<SupplierProduct>().SingleAsync(s => s.IsLeading);
        Assert.Equal((other.Id, 5_900L), (leading.SupplierId, leading.PurchasePriceMinor!.Value));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_new_card_is_filled_from_the_suppliers_last_price_list_by_code(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        var shelf = await ShelfAsync(host);
        var monday = new DateTime(2026, 11, 16, 8, 0, 0, DateTimeKind.Utc);
        await CatalogTestData.AddAsync(host, new PriceListLine { SupplierId = shelf.Supplier.Id, SupplierCode = "JX-180", Name = "Inna wędka", PurchasePriceMinor = 5_000, ImportedAt = monday });
        await CatalogTestData.AddAsync(host, new PriceListLine
        {
            SupplierId = shelf.Supplier.Id, SupplierCode = "JX-270", Name = "Wędka Jaxon Green Point 2,70 m", Ean = "5901234123457", BrandName = "JAXON",
            PurchasePriceMinor = 5_500, SuggestedNetPriceMinor = 9_900, WeightGrams = 180, Description = "Wędka spinningowa z włókna węglowego.", ImportedAt = monday,
        });

        var card = await host.Get<ProductService>().FromPriceListAsync(shelf.Supplier.Id, " JX-270 ");
        var unknown = await host.Get<ProductService>().FromPriceListAsync(shelf.Supplier.Id, "NIE-MA");

        Assert.NotNull(card);
        Assert.Null(unknown);
        Assert.Equal(("Wędka Jaxon Green Point 2,70 m", "5901234123457", shelf.Brand.Id, 9_900L, 5_500L, 180), (card.Name, card.Ean, card.BrandId!.Value, card.NetPriceMinor, card.PurchasePriceMinor!.Value, card.WeightGrams!.Value));
        Assert.Equal(new SupplierLinkInput(shelf.Supplier.Id, "JX-270", 5_500, true), card.Suppliers.Single());
    }
}
