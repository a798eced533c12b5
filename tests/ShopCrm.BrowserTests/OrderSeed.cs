using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ShopCrm.Catalog.Domain;
using ShopCrm.Catalog.Services;
using ShopCrm.Catalog.Services.Stock;
using ShopCrm.Core.Data;

namespace ShopCrm.BrowserTests;

// The tests' own models, never the demo data: a reel at 200.00 net (246.00 gross) with units in the
// default warehouse.
public static class OrderSeed
{
    public static async Task<int> ModelAsync(IServiceProvider services, string run, string sku, int units)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<ShopDbContext>>().CreateDbContextAsync();
        var category = new Category { Name = $"Kołowrotki {run} {sku}", Path = "/" };
        var warehouse = await db.Set<Warehouse>().FirstOrDefaultAsync(w => w.IsDefault && w.IsActive);
        if (warehouse is null)
        {
            warehouse = new Warehouse { Code = $"M{run}", Name = $"Magazyn {run}", IsDefault = true };
            db.Add(warehouse);
        }

        db.Add(category);
        await db.SaveChangesAsync();
        var product = new Product
        {
            Sku = sku,
            Name = $"Kołowrotek Shimano Sedona 2500 ({run})",
            NormalizedName = $"kolowrotek shimano sedona 2500 {run.ToLowerInvariant()}",
            CategoryId = category.Id,
            NetPriceMinor = 20000,
            GrossPriceMinor = 24600,
            Status = ProductStatus.Active,
            CreatedAt = DateTime.UtcNow,
            UpdatedAt = DateTime.UtcNow,
        };
        db.Add(product);
        await db.SaveChangesAsync();
        var received = await services.GetRequiredService<StockService>().ReceiveAsync(product.Id, warehouse.Id, units, "Dostawa", null);
        Assert.True(received.Succeeded);
        return product.Id;
    }

    public static async Task<(int OnHand, int Reserved)> StockAsync(IServiceProvider services, int productId)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<ShopDbContext>>().CreateDbContextAsync();
        var rows = await db.Set<ProductStock>().AsNoTracking().Where(s => s.ProductId == productId).ToListAsync();
        return (rows.Sum(r => r.OnHand), rows.Sum(r => r.Reserved));
    }
}
