using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ShopCrm.Catalog.Domain;
using ShopCrm.Core.Data;
using ShopCrm.Tests.Infrastructure;

namespace ShopCrm.Tests.Catalog.Stock;

// A model, a supplier and a default warehouse, with helpers that read the cached stock row and the sums of its ledger.
public sealed record StockFixture(CoreHost Host, Product Product, Supplier Supplier, Warehouse Warehouse)
{
    public static async Task<StockFixture> StartAsync(DatabaseProvider provider, TimeProvider? clock = null)
    {
        var host = await CoreHost.StartAsync(provider, services =>
        {
            if (clock is not null)
            {
                services.AddSingleton(clock);
            }
        });
        var category = await CatalogTestData.CategoryAsync(host, "Kołowrotki");
        var product = await CatalogTestData.AddAsync(host, CatalogTestData.Product("KOL-3000", category, 34900, name: "Kołowrotek spinningowy 3000"));
        var supplier = await CatalogTestData.AddAsync(host, new Supplier { Name = "Hurtownia Wędkarska Karp" });
        var warehouse = await CatalogTestData.AddAsync(host, new Warehouse { Code = "MAG", Name = "Magazyn główny", IsDefault = true });
        return new StockFixture(host, product, supplier, warehouse);
    }

    public async Task<(int OnHand, int Reserved, int LedgerOnHand, int LedgerReserved)> StateAsync(Warehouse? warehouse = null)
    {
        var warehouseId = (warehouse ?? Warehouse).Id;
        await using var db = await Host.NewContextAsync();
        var row = await db.Set<ProductStock>().AsNoTracking().SingleOrDefaultAsync(s => s.ProductId == Product.Id && s.WarehouseId == warehouseId);
        var movements = db.Set<StockMovement>().Where(m => m.ProductId == Product.Id && m.WarehouseId == warehouseId);
        return (row?.OnHand ?? 0, row?.Reserved ?? 0, await movements.SumAsync(m => m.OnHandChange), await movements.SumAsync(m => m.ReservedChange));
    }
}
