using Microsoft.EntityFrameworkCore;
using ShopCrm.Catalog.Domain;
using ShopCrm.Catalog.Services.Duplicates;
using ShopCrm.Catalog.Services.Search;
using ShopCrm.Core.Auditing;
using ShopCrm.Core.Data;
using ShopCrm.Tests.Infrastructure;

namespace ShopCrm.Tests.Catalog;

public sealed class DuplicateTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task The_finder_names_the_reason_of_each_pair_and_forgets_a_dismissed_one(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        var rods = await CatalogTestData.CategoryAsync(host, "Wędki");
        var shimano = await CatalogTestData.AddAsync(host, new Brand { Name = "Shimano" });
        var daiwa = await CatalogTestData.AddAsync(host, new Brand { Name = "Daiwa" });
        async Task<Product> CardAsync(string sku, Brand brand, string normalizedName, string? ean = null, ProductStatus status = ProductStatus.Active)
        {
            var card = CatalogTestData.Product(sku, rods, 29900, brand, normalizedName);
            card.Ean = ean;
            card.Status = status;
            return await CatalogTestData.AddAsync(host, card);
        }

        var catana = await CardAsync("CAT-270", shimano, "wedka shimano catana 2 70 m");
        var catanaAgain = await CardAsync("CAT-270-B", shimano, "wedka shimano catana 2 70 m");
        await CardAsync("CAT-300", shimano, "wedka shimano catana 3 00 m");
        await CardAsync("DAI-270", daiwa, "wedka shimano catana 2 70 m");
        var sienna = await CardAsync("SIE-2500", shimano, "kolowrotek shimano sienna 2500");
        var siena = await CardAsync("SIE-2500-X", shimano, "kolowrotek shimano siena 2500");
        var ninja = await CardAsync("NIN-1", daiwa, "kolowrotek daiwa ninja lt", ean: "5901234123457");
        var ninjaImported = await CardAsync("IMP-77", shimano, "ninja lt 2500 import", ean: "5901234123457");
        await CardAsync("OLD-1", daiwa, "stary ninja", ean: "5901234123457", status: ProductStatus.Archived);
        var line = await CardAsync("LINE-1", daiwa, "zylka daiwa j braid 0 10");
        var lineAgain = await CardAsync("LINE-2", shimano, "plecionka j braid 0 10 mm");
        var jaxon = await CatalogTestData.AddAsync(host, new Supplier { Name = "Jaxon" });
        var mikado = await CatalogTestData.AddAsync(host, new Supplier { Name = "Mikado" });
        await CatalogTestData.AddAsync(host, new SupplierProduct { SupplierId = jaxon.Id, ProductId = line.Id, SupplierCode = "JB-010", IsLeading = true });
        await CatalogTestData.AddAsync(host, new SupplierProduct { SupplierId = mikado.Id, ProductId = lineAgain.Id, SupplierCode = "JB-010", IsLeading = true });
        await CatalogTestData.AddAsync(host, new SupplierProduct { SupplierId = mikado.Id, ProductId = sienna.Id, SupplierCode = "SN-1", IsLeading = true });
        var finder = host.Get<DuplicateFinder>();

        var pairs = await finder.FindAsync();

        Assert.Equal(
            [
                $"{ninja.Id}-{ninjaImported.Id}:SameEan:EAN 5901234123457",
                $"{line.Id}-{lineAgain.Id}:SameSupplierCode:code JB-010 at Jaxon and Mikado",
                $"{catana.Id}-{catanaAgain.Id}:SameName:same name",
                $"{sienna.Id}-{siena.Id}:SimilarName:names differ by one letter",
            ],
            pairs.Select(p => $"{p.FirstId}-{p.SecondId}:{string.Join("+", p.Reasons)}:{p.Detail}"));
        Assert.Equal(("CAT-270", "CAT-270-B", "Shimano"), (pairs[2].FirstSku, pairs[2].SecondSku, pairs[2].Brand));

        await finder.DismissAsync(siena.Id, sienna.Id);
        await finder.DismissAsync(sienna.Id, siena.Id);

        Assert.DoesNotContain(await finder.FindAsync(), p => p.FirstId == sienna.Id);
        Assert.Equal(3, (await finder.FindAsync()).Count);
    }

    [Fact]
    public void Similar_names_pair_one_typo_but_not_other_sizes_or_other_brands_and_scale_to_a_big_catalog()
    {
        var cards = new List<NamedProduct>
        {
            new(1, 1, "wedka jaxon green point 3 30 m"),
            new(2, 1, "wedka jaxon gren point 3 30 m"),
            new(3, 1, "wedka jaxon green point 3 60 m"),
            new(4, 2, "wedka jaxon green point 3 30 m"),
            new(5, 1, "wedka jaxon grean piont 3 30 m"),
        };
        var random = new Random(7);
        for (var id = 100; id < 25_100; id++)
        {
            cards.Add(new NamedProduct(id, random.Next(3, 120), $"model {random.Next(1_000_000, 9_999_999)} {(char)('a' + random.Next(26))}{(char)('a' + random.Next(26))}"));
        }

        var watch = System.Diagnostics.Stopwatch.StartNew();
        var pairs = SimilarNames.Pairs(cards).Where(p => p.A < 100).ToList();
        watch.Stop();

        Assert.Equal([(1, 2, 1)], pairs);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(3), $"took {watch.Elapsed}");
        Assert.Equal(1, SimilarNames.Distance("green point", "grean point", 2));
        Assert.Equal(3, SimilarNames.Distance("wedka jaxon green point", "wedka jaxon grean piont", 2));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Merging_moves_stock_suppliers_tags_and_links_to_the_survivor_and_the_feed_drops_the_duplicate(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        var reels = await CatalogTestData.CategoryAsync(host, "Kołowrotki");
        var shimano = await CatalogTestData.AddAsync(host, new Brand { Name = "Shimano" });
        var main = await CatalogTestData.AddAsync(host, new Warehouse { Code = "MAG", Name = "Magazyn główny", IsDefault = true });
        var shop = await CatalogTestData.AddAsync(host, new Warehouse { Code = "SKL", Name = "Sklep" });
        var survivor = await CatalogTestData.AddAsync(host, CatalogTestData.Product("SIE-2500", reels, 19900, shimano, "Kołowrotek Shimano Sienna 2500"));
        var duplicate = await CatalogTestData.AddAsync(host, CatalogTestData.Product("SIE-2500-X", reels, 19900, shimano, "Kołowrotek Shimano Siena 2500"));
        var line = await CatalogTestData.AddAsync(host, CatalogTestData.Product("LINE-1", reels, 2900, shimano, "Żyłka 0,25"));
        var rod = await CatalogTestData.AddAsync(host, CatalogTestData.Product("ROD-1", reels, 39900, shimano, "Wędka spinningowa"));
        await LedgerStockAsync(host, survivor, main, onHand: 3, reserved: 0);
        await LedgerStockAsync(host, duplicate, main, onHand: 5, reserved: 2);
        await LedgerStockAsync(host, duplicate, shop, onHand: 4, reserved: 0);
        await CatalogTestData.AddAsync(host, new StockReservation
        {
            OrderLine = "ZAM/1/1", ProductId = duplicate.Id, WarehouseId = main.Id, Quantity = 2, Status = StockReservationStatus.Reserved,
            CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow,
        });
        var jaxon = await CatalogTestData.AddAsync(host, new Supplier { Name = "Jaxon" });
        var mikado = await CatalogTestData.AddAsync(host, new Supplier { Name = "Mikado" });
        await CatalogTestData.AddAsync(host, new SupplierProduct { SupplierId = jaxon.Id, ProductId = survivor.Id, SupplierCode = "J-1", IsLeading = true });
        await CatalogTestData.AddAsync(host, new SupplierProduct { SupplierId = jaxon.Id, ProductId = duplicate.Id, SupplierCode = "J-2", IsLeading = false });
        await CatalogTestData.AddAsync(host, new SupplierProduct { SupplierId = mikado.Id, ProductId = duplicate.Id, SupplierCode = "M-2", IsLeading = true });
        var carp = await CatalogTestData.AddAsync(host, new Tag { Name = "Karp" });
        var spinning = await CatalogTestData.AddAsync(host, new Tag { Name = "Spinning" });
        await CatalogTestData.AddAsync(host, new ProductTag { ProductId = survivor.Id, TagId = carp.Id });
        await CatalogTestData.AddAsync(host, new ProductTag { ProductId = duplicate.Id, TagId = carp.Id });
        await CatalogTestData.AddAsync(host, new ProductTag { ProductId = duplicate.Id, TagId = spinning.Id });
        await CatalogTestData.AddAsync(host, new ProductLink { ProductId = duplicate.Id, LinkedProductId = line.Id, Kind = ProductLinkKind.Accessory });
        await CatalogTestData.AddAsync(host, new ProductLink { ProductId = survivor.Id, LinkedProductId = line.Id, Kind = ProductLinkKind.Accessory });
        await CatalogTestData.AddAsync(host, new ProductLink { ProductId = rod.Id, LinkedProductId = duplicate.Id, Kind = ProductLinkKind.Related });
        await CatalogTestData.AddAsync(host, new ProductLink { ProductId = duplicate.Id, LinkedProductId = survivor.Id, Kind = ProductLinkKind.Related });
        var size = await CatalogTestData.AddAsync(host, new SpecificationDefinition { CategoryId = reels.Id, Name = "Rozmiar", Kind = SpecificationKind.Number });
        var bearings = await CatalogTestData.AddAsync(host, new SpecificationDefinition { CategoryId = reels.Id, Name = "Łożyska", Kind = SpecificationKind.Number });
        await CatalogTestData.AddAsync(host, new ProductSpecification { ProductId = survivor.Id, DefinitionId = size.Id, NumberValue = 2500 });
        await CatalogTestData.AddAsync(host, new ProductSpecification { ProductId = duplicate.Id, DefinitionId = size.Id, NumberValue = 3000 });
        await CatalogTestData.AddAsync(host, new ProductSpecification { ProductId = duplicate.Id, DefinitionId = bearings.Id, NumberValue = 5 });
        await CatalogTestData.AddAsync(host, new ProductImage { ProductId = duplicate.Id, FileName = "sienna.jpg", StoredName = "a1.jpg", ContentType = "image/jpeg" });
        await CatalogTestData.AddAsync(host, new PriceChange { ProductId = duplicate.Id, At = DateTime.UtcNow, UserName = "test", NewNetMinor = 16179, VatRatePercent = 23 });
        var search = host.Get<CatalogSearch>();
        var cursor = (await search.FeedAsync(new CatalogSearchFilter(), null, 50)).NextCursor;

        var result = await host.Get<ProductMerge>().MergeAsync(survivor.Id, duplicate.Id);

        Assert.True(result.Succeeded, result.Error?.Message);
        await using var db = await host.NewContextAsync();
        var stocks = await db.Set<ProductStock>().OrderBy(s => s.ProductId).ThenBy(s => s.WarehouseId)
            .Select(s => new { s.ProductId, s.WarehouseId, s.OnHand, s.Reserved }).ToListAsync();
        Assert.Equal(
            [$"{survivor.Id}/{main.Id}:8/2", $"{survivor.Id}/{shop.Id}:4/0", $"{duplicate.Id}/{main.Id}:0/0", $"{duplicate.Id}/{shop.Id}:0/0"],
            stocks.Select(s => $"{s.ProductId}/{s.WarehouseId}:{s.OnHand}/{s.Reserved}"));
        var ledger = await db.Set<StockMovement>().GroupBy(m => new { m.ProductId, m.WarehouseId })
            .Select(g => new { g.Key.ProductId, g.Key.WarehouseId, OnHand = g.Sum(m => m.OnHandChange), Reserved = g.Sum(m => m.ReservedChange) }).ToListAsync();
        Assert.All(stocks, s => Assert.Contains(ledger, l => l.ProductId == s.ProductId && l.WarehouseId == s.WarehouseId && l.OnHand == s.OnHand && l.Reserved == s.Reserved));
        Assert.Equal(survivor.Id, (await db.Set<StockReservation>().SingleAsync(r => r.OrderLine == "ZAM/1/1")).ProductId);

        var suppliers = await db.Set<SupplierProduct>().Where(s => s.ProductId == survivor.Id).OrderBy(s => s.SupplierCode)
            .Select(s => $"{s.SupplierCode}{(s.IsLeading ? " leading" : "")}").ToListAsync();
        Assert.Equal(["J-1 leading", "M-2"], suppliers);
        Assert.Equal([carp.Id, spinning.Id], await db.Set<ProductTag>().Where(t => t.ProductId == survivor.Id).Select(t => t.TagId).OrderBy(t => t).ToListAsync());
        Assert.False(await db.Set<ProductTag>().AnyAsync(t => t.ProductId == duplicate.Id));
        var links = await db.Set<ProductLink>().OrderBy(l => l.ProductId).ThenBy(l => l.LinkedProductId)
            .Select(l => $"{l.ProductId}>{l.LinkedProductId}:{l.Kind}").ToListAsync();
        Assert.Equal([$"{survivor.Id}>{line.Id}:Accessory", $"{rod.Id}>{survivor.Id}:Related"], links);
        var specifications = await db.Set<ProductSpecification>().Where(s => s.ProductId == survivor.Id).OrderBy(s => s.DefinitionId)
            .Select(s => s.NumberValue).ToListAsync();
        Assert.Equal([2500d, 5d], specifications);
        Assert.Equal(survivor.Id, (await db.Set<ProductImage>().SingleAsync()).ProductId);
        Assert.Equal(duplicate.Id, (await db.Set<PriceChange>().SingleAsync()).ProductId);
        var archived = await db.Set<Product>().SingleAsync(p => p.Id == duplicate.Id);
        Assert.Equal((ProductStatus.Archived, (int?)survivor.Id), (archived.Status, archived.MergedIntoId));
        Assert.True(await db.Set<AuditEntry>().AnyAsync(a => a.EntityType == nameof(Product) && a.EntityKey == duplicate.Id.ToString() && a.Changes.Contains("MergedIntoId")));

        FeedCursor.TryDecode(cursor, out var after);
        var sync = await search.FeedAsync(new CatalogSearchFilter(), after, 50);
        Assert.Equal(["SIE-2500-X:removed into SIE-2500", "SIE-2500:kept"],
            sync.Items.Select(i => i.Removed ? $"{i.Sku}:removed into {i.MergedIntoSku}" : $"{i.Sku}:kept").Order(StringComparer.Ordinal));
        Assert.Equal(10, sync.Items.Single(i => i.Sku == "SIE-2500").Availability!.Total);

        var again = await host.Get<ProductMerge>().MergeAsync(survivor.Id, duplicate.Id);
        Assert.False(again.Succeeded);
        Assert.Contains("already been merged", again.Error!.Message, StringComparison.Ordinal);
    }

    private static async Task LedgerStockAsync(CoreHost host, Product product, Warehouse warehouse, int onHand, int reserved)
    {
        await CatalogTestData.StockAsync(host, product, warehouse, onHand, reserved);
        await CatalogTestData.AddAsync(host, new StockMovement
        {
            ProductId = product.Id, WarehouseId = warehouse.Id, Type = StockMovementType.Receipt, OnHandChange = onHand, At = DateTime.UtcNow, UserName = "test",
        });
        if (reserved > 0)
        {
            await CatalogTestData.AddAsync(host, new StockMovement
            {
                ProductId = product.Id, WarehouseId = warehouse.Id, Type = StockMovementType.Reservation, ReservedChange = reserved, At = DateTime.UtcNow, UserName = "test",
            });
        }
    }
}
