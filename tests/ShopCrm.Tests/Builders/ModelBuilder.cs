using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ShopCrm.Catalog.Domain;
using ShopCrm.Catalog.Services.Stock;
using ShopCrm.Core.Data;
using ShopCrm.Core.Money;

namespace ShopCrm.Tests.Builders;

// A published model (a Product in the code). Without a category it gets a new one of its own; stock is
// received through StockService, into the given warehouse or the shop's default one.
public sealed record ModelBuilder(IServiceProvider Services)
{
    // Null gives each built model a fresh random SKU, so one builder can make several models.
    private string? Sku { get; init; }

    private string? Name { get; init; }

    private string NamePrefix { get; init; } = "Model ";

    private Category? Category { get; init; }

    private string? CategoryName { get; init; }

    private long GrossMinor { get; init; } = 12_300;

    private long? NetMinor { get; init; }

    private int VatRatePercent { get; init; } = 23;

    private ProductStatus Status { get; init; } = ProductStatus.Active;

    private int UnitsInStock { get; init; }

    private Warehouse? Warehouse { get; init; }

    private WarehouseBuilder? DefaultWarehouse { get; init; }

    public ModelBuilder WithSku(string sku) => this with { Sku = sku };

    // A prefix followed by a random tag, for tests that share one database.
    public ModelBuilder WithSkuPrefix(string prefix) => this with { Sku = prefix + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant() };

    public ModelBuilder Named(string name) => this with { Name = name };

    // The name is the prefix and the SKU ("Wędka API-1A2B3C4D").
    public ModelBuilder NamedAfterSku(string prefix) => this with { Name = null, NamePrefix = prefix };

    public ModelBuilder InCategory(Category category) => this with { Category = category, CategoryName = null };

    // A new category of this name, made for this model.
    public ModelBuilder InNewCategory(string name) => this with { Category = null, CategoryName = name };

    // The shelf price; the net follows by the VAT rule unless given.
    public ModelBuilder PricedAt(long grossMinor, long? netMinor = null) => this with { GrossMinor = grossMinor, NetMinor = netMinor };

    public ModelBuilder AtVat(int ratePercent) => this with { VatRatePercent = ratePercent };

    public ModelBuilder InStatus(ProductStatus status) => this with { Status = status };

    public ModelBuilder InStock(int units, Warehouse warehouse) => this with { UnitsInStock = units, Warehouse = warehouse, DefaultWarehouse = null };

    // Into the shop's default warehouse, made from the given builder if there is none yet.
    public ModelBuilder InStock(int units, WarehouseBuilder? whenNoDefault = null) =>
        this with { UnitsInStock = units, Warehouse = null, DefaultWarehouse = whenNoDefault ?? new WarehouseBuilder(Services) };

    public async Task<Product> BuildAsync()
    {
        var contexts = Services.GetRequiredService<IDbContextFactory<ShopDbContext>>();
        var now = Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var sku = Sku ?? "M-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var name = Name ?? NamePrefix + sku;
        await using var db = await contexts.CreateDbContextAsync();
        var categoryId = Category?.Id ?? await NewCategoryAsync(db, CategoryName ?? "Kategoria " + sku);
        var product = new Product
        {
            Sku = sku,
            Name = name,
            NormalizedName = name.ToLowerInvariant(),
            CategoryId = categoryId,
            NetPriceMinor = NetMinor ?? Vat.NetOf(new Money(GrossMinor, "PLN"), VatRatePercent).MinorUnits,
            VatRatePercent = VatRatePercent,
            GrossPriceMinor = GrossMinor,
            Status = Status,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Add(product);
        await db.SaveChangesAsync();
        if (UnitsInStock > 0)
        {
            var warehouse = Warehouse ?? await DefaultWarehouse!.DefaultOrBuildAsync();
            var received = await Services.GetRequiredService<StockService>().ReceiveAsync(product.Id, warehouse.Id, UnitsInStock, "Dostawa", null);
            Assert.True(received.Succeeded, received.Error?.ToString());
        }

        return product;
    }

    private static async Task<int> NewCategoryAsync(ShopDbContext db, string name)
    {
        var category = new Category { Name = name };
        db.Add(category);
        await db.SaveChangesAsync();
        category.Path = $"/{category.Id}/";
        await db.SaveChangesAsync();
        return category.Id;
    }
}
