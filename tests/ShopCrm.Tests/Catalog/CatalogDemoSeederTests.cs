using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ShopCrm.Catalog.Demo;
using ShopCrm.Catalog.Domain;
using ShopCrm.Core.Data;
using ShopCrm.Core.Demo;
using ShopCrm.Core.Money;
using ShopCrm.Tests.Infrastructure;

namespace ShopCrm.Tests.Catalog;

public sealed class CatalogDemoSeederTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task The_small_demo_is_a_fishing_shop_whose_stock_adds_up(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        await ActivatorUtilities.CreateInstance<CatalogDemoSeeder>(host.Services).SeedAsync(DemoScale.Small, CancellationToken.None);

        await using var db = await host.NewContextAsync();
        var products = await db.Set<Product>().AsNoTracking().ToListAsync();
        Assert.Equal(300, products.Count);
        Assert.Equal(15, await db.Set<Supplier>().CountAsync());
        Assert.InRange(await db.Set<Brand>().CountAsync(), 14, 60);
        Assert.InRange(await db.Set<Category>().CountAsync(), 25, 60);
        Assert.InRange(await db.Set<SpecificationDefinition>().CountAsync(), 30, 80);
        Assert.Contains(await db.Set<Tag>().ToListAsync(), t => t.Name == "na szczupaka" && t.IsFrequentSearch && t.Synonyms!.Contains("zębaty"));
        Assert.Equal(["MAG"], await db.Set<Warehouse>().Where(w => w.IsDefault).Select(w => w.Code).ToListAsync());
        Assert.True(await db.Set<Interest>().AnyAsync(i => i.TagId != null));
        Assert.True(await db.Set<RatingParameter>().AnyAsync(r => r.TagId != null));
        Assert.InRange(products.Count(p => p.Status == ProductStatus.Active), 240, 290);
        Assert.Contains(products, p => p.Status == ProductStatus.Draft);
        Assert.Contains(products, p => p.Status == ProductStatus.Archived);

        // Every category is reached from the root by its path, one existing ancestor after another.
        var categories = await db.Set<Category>().AsNoTracking().ToDictionaryAsync(c => c.Id);
        foreach (var category in categories.Values)
        {
            var expected = category.ParentId is { } parent ? categories[parent].Path + category.Id + "/" : $"/{category.Id}/";
            Assert.Equal(expected, category.Path);
        }

        Assert.Contains(categories.Values, c => c.Name == "Wędki spinningowe" && categories[c.ParentId!.Value].Name == "Wędki");

        // Prices by the one VAT rule, EANs with a valid check digit.
        Assert.All(products, p => Assert.Equal(Vat.GrossOf(new Money(p.NetPriceMinor, "PLN"), 23).MinorUnits, p.GrossPriceMinor));
        Assert.All(products, p => Assert.Equal(p.Ean, CatalogDemoSeeder.Ean13(p.Ean![..12])));
        Assert.Equal("5901234123457", CatalogDemoSeeder.Ean13("590123412345"));

        // Stock is the sum of the ledger, per model and warehouse, and never negative at any moment.
        var movements = await db.Set<StockMovement>().AsNoTracking().ToListAsync();
        var stocks = await db.Set<ProductStock>().AsNoTracking().ToListAsync();
        var sums = movements.GroupBy(m => (m.ProductId, m.WarehouseId)).ToDictionary(g => g.Key, g => (OnHand: g.Sum(m => m.OnHandChange), Reserved: g.Sum(m => m.ReservedChange)));
        Assert.Equal(sums.Count, stocks.Count);
        Assert.All(stocks, s => Assert.Equal(sums[(s.ProductId, s.WarehouseId)], (s.OnHand, s.Reserved)));
        Assert.All(stocks, s => Assert.True(s.OnHand >= 0 && s.Reserved >= 0));
        foreach (var ledger in movements.GroupBy(m => (m.ProductId, m.WarehouseId)))
        {
            var running = 0;
            foreach (var movement in ledger.OrderBy(m => m.At))
            {
                running += movement.OnHandChange;
                Assert.True(running >= 0, $"Model {ledger.Key.ProductId} goes below zero at {movement.At:u}.");
            }
        }

        Assert.Contains(movements, m => m.Type == StockMovementType.Sale && m.At > host.Get<TimeProvider>().GetUtcNow().UtcDateTime.AddDays(-30));
        var belowMinimum = products.Count(p => p.Status == ProductStatus.Active && stocks.Where(s => s.ProductId == p.Id).Sum(s => s.OnHand - s.Reserved) < p.MinimumStock);
        Assert.InRange(belowMinimum, 3, 150);

        // One leading supplier per model, with a code and a price list line behind it.
        var links = await db.Set<SupplierProduct>().AsNoTracking().ToListAsync();
        Assert.All(products, p => Assert.Single(links, l => l.ProductId == p.Id && l.IsLeading));
        Assert.Contains(links, l => !l.IsLeading);
        var priceLists = await db.Set<PriceListLine>().AsNoTracking().Select(l => new { l.SupplierId, l.SupplierCode }).ToListAsync();
        Assert.All(links, l => Assert.Contains(new { l.SupplierId, l.SupplierCode }, priceLists));
        Assert.True(priceLists.Count > links.Count, "Some price list lines have no card yet.");

        // Duplicates to find, unfinished cards to complete, accessories to cross-sell.
        Assert.Contains(products.GroupBy(p => p.Ean), g => g.Count() == 2);
        Assert.Contains(products.GroupBy(p => (p.BrandId, p.NormalizedName)), g => g.Count() == 2 && g.Select(p => p.Name).Distinct().Count() == 2);
        Assert.Contains(products, p => p.Description == null && p.MissingParts!.Contains("description") && p.Completeness < 100);
        Assert.Contains(products, p => p.MissingParts?.Contains("specification ") == true);
        Assert.All(products, p => Assert.Equal(p.MissingParts is null, p.Completeness == 100));
        var accessories = await db.Set<ProductLink>().Where(l => l.Kind == ProductLinkKind.Accessory).Select(l => new { l.ProductId, l.LinkedProductId }).ToListAsync();
        var echoSounders = products.Where(p => categories[p.CategoryId].Name == "Echosondy").Select(p => p.Id).ToHashSet();
        var batteries = products.Where(p => categories[p.CategoryId].Name == "Akumulatory").Select(p => p.Id).ToHashSet();
        Assert.Contains(accessories, l => echoSounders.Contains(l.ProductId) && batteries.Contains(l.LinkedProductId));
        Assert.True(await db.Set<ProductSpecification>().CountAsync() > 3 * products.Count);
        Assert.True(await db.Set<ProductTag>().CountAsync() >= products.Count);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Seeding_twice_adds_nothing(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        var seeder = ActivatorUtilities.CreateInstance<CatalogDemoSeeder>(host.Services);
        await seeder.SeedAsync(DemoScale.Small, CancellationToken.None);
        var before = await CountsAsync(host);

        await seeder.SeedAsync(DemoScale.Small, CancellationToken.None);

        Assert.Equal(before, await CountsAsync(host));
    }

    private static async Task<(int, int, int, int, int)> CountsAsync(CoreHost host)
    {
        await using var db = await host.NewContextAsync();
        return (await db.Set<Product>().CountAsync(), await db.Set<Category>().CountAsync(), await db.Set<Warehouse>().CountAsync(),
            await db.Set<StockMovement>().CountAsync(), await db.Set<Supplier>().CountAsync());
    }
}
