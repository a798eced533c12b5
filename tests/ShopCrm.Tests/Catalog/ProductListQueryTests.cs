using Microsoft.EntityFrameworkCore;
using ShopCrm.Catalog.Domain;
using ShopCrm.Catalog.Services;
using ShopCrm.Catalog.Services.Products;
using ShopCrm.Catalog.Services.Stock;
using ShopCrm.Core.Data;
using ShopCrm.Tests.Infrastructure;

namespace ShopCrm.Tests.Catalog;

public sealed class ProductListQueryTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_category_with_its_subcategories_a_tag_and_in_stock_sorted_by_price(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        var rods = await CatalogTestData.CategoryAsync(host, "Wędki");
        var spinning = await CatalogTestData.CategoryAsync(host, "Wędki spinningowe", rods);
        var reels = await CatalogTestData.CategoryAsync(host, "Kołowrotki");
        var brand = await CatalogTestData.AddAsync(host, new Brand { Name = "Shimano" });
        var tag = await CatalogTestData.AddAsync(host, new Tag { Name = "Szczupak" });
        var warehouse = await CatalogTestData.AddAsync(host, new Warehouse { Code = "MAG", Name = "Magazyn główny", IsDefault = true });
        var cheap = await CatalogTestData.AddAsync(host, CatalogTestData.Product("ROD-1", spinning, 19900, brand));
        var dear = await CatalogTestData.AddAsync(host, CatalogTestData.Product("ROD-2", rods, 49900, brand));
        var allReserved = await CatalogTestData.AddAsync(host, CatalogTestData.Product("ROD-3", spinning, 9900, brand));
        var untagged = await CatalogTestData.AddAsync(host, CatalogTestData.Product("ROD-4", spinning, 29900, brand));
        var reel = await CatalogTestData.AddAsync(host, CatalogTestData.Product("REEL-1", reels, 15900, brand));
        foreach (var product in new[] { cheap, dear, allReserved, reel })
        {
            await CatalogTestData.AddAsync(host, new ProductTag { ProductId = product.Id, TagId = tag.Id });
        }

        await CatalogTestData.StockAsync(host, cheap, warehouse, 5, 1);
        await CatalogTestData.StockAsync(host, dear, warehouse, 2);
        await CatalogTestData.StockAsync(host, allReserved, warehouse, 3, 3);
        await CatalogTestData.StockAsync(host, untagged, warehouse, 9);
        await CatalogTestData.StockAsync(host, reel, warehouse, 9);

        await using var db = await host.NewContextAsync();
        var rows = await ProductListQuery.Rows(db, new ProductFilter(CategoryId: rods.Id, TagId: tag.Id, Stock: StockState.InStock))
            .OrderBy(r => r.GrossPriceMinor).Take(50).ToListAsync();

        Assert.Equal(["ROD-1", "ROD-2"], rows.Select(r => r.Sku));
        Assert.Equal((5, 4, "Wędki spinningowe", "Shimano"), (rows[0].OnHand, rows[0].Available, rows[0].Category, rows[0].Brand));
        var outOfStock = await ProductListQuery.Rows(db, new ProductFilter(Stock: StockState.OutOfStock)).Select(r => r.Sku).ToListAsync();
        Assert.Equal(["ROD-3"], outOfStock);
    }

    // A shop's SQLite database has no planner statistics (nothing runs ANALYZE). The list's "not merged"
    // condition must then not pick an index on MergedIntoId, which every unmerged model matches: that plan
    // read the whole table at a million models (docs/benchmarks.md).
    [Fact]
    public async Task Without_statistics_sqlite_filters_the_model_list_through_the_covering_index()
    {
        await using var host = await CoreHost.StartAsync(DatabaseProvider.Sqlite);
        await using var db = await host.NewContextAsync();
        var rows = ProductListQuery.Rows(db, new ProductFilter(CategoryId: 1, TagId: 1, Stock: StockState.InStock));
        await using var command = rows.Select(r => r.Id).CreateDbCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + command.CommandText;
        await db.Database.OpenConnectionAsync();

        var plan = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                plan.Add(reader.GetString(3));
            }
        }

        Assert.Contains(plan, step => step.StartsWith("SEARCH p USING COVERING INDEX IX_Products_CategoryId_AvailableStock_MergedIntoId_Id", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, step => step.Contains("IX_Products_MergedIntoId ", StringComparison.Ordinal));
    }
}
