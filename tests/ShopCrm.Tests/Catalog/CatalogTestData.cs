using Microsoft.EntityFrameworkCore;
using ShopCrm.Catalog.Domain;
using ShopCrm.Tests.Infrastructure;

namespace ShopCrm.Tests.Catalog;

// Builders for catalog rows written straight to the database, for tests of services that read them.
public static class CatalogTestData
{
    public static async Task<Category> CategoryAsync(CoreHost host, string name, Category? parent = null)
    {
        await using var db = await host.NewContextAsync();
        var category = new Category { Name = name, ParentId = parent?.Id };
        db.Add(category);
        await db.SaveChangesAsync();
        category.Path = $"{parent?.Path ?? "/"}{category.Id}/";
        await db.SaveChangesAsync();
        return category;
    }

    public static async Task<T> AddAsync<T>(CoreHost host, T entity)
        where T : class
    {
        await using var db = await host.NewContextAsync();
        db.Add(entity);
        await db.SaveChangesAsync();
        return entity;
    }

    public static Product Product(string sku, Category category, long grossMinor, Brand? brand = null, string? name = null) => new()
    {
        Sku = sku,
        Name = name ?? $"Model {sku}",
        NormalizedName = (name ?? $"model {sku}").ToLowerInvariant(),
        CategoryId = category.Id,
        BrandId = brand?.Id,
        NetPriceMinor = grossMinor * 100 / 123,
        GrossPriceMinor = grossMinor,
        Status = ProductStatus.Active,
        CreatedAt = DateTime.UtcNow,
        UpdatedAt = DateTime.UtcNow,
    };

    public static async Task StockAsync(CoreHost host, Product product, Warehouse warehouse, int onHand, int reserved = 0)
    {
        await using var db = await host.NewContextAsync();
        db.Add(new ProductStock { ProductId = product.Id, WarehouseId = warehouse.Id, OnHand = onHand, Reserved = reserved });
        await db.SaveChangesAsync();
        await db.Set<Product>().Where(p => p.Id == product.Id)
            .ExecuteUpdateAsync(u => u.SetProperty(p => p.AvailableStock, p => p.AvailableStock + onHand - reserved));
    }
}
