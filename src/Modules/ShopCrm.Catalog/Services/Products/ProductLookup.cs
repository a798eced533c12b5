using Microsoft.EntityFrameworkCore;
using ShopCrm.Catalog.Contracts;
using ShopCrm.Catalog.Domain;
using ShopCrm.Core.Data;

namespace ShopCrm.Catalog.Services.Products;

internal sealed class ProductLookup(IDbContextFactory<ShopDbContext> contexts) : IProductLookup
{
    public async Task<IReadOnlyList<ProductForSale>> FindForSaleAsync(string text, int take, CancellationToken ct = default)
    {
        var name = ProductNames.Normalize(text);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var found = await db.Set<Product>().AsNoTracking()
            .Where(p => p.Status != ProductStatus.Archived && p.MergedIntoId == null && (p.Sku.ToLower().StartsWith(text.ToLower()) || p.NormalizedName.Contains(name)))
            .OrderBy(p => p.Sku)
            .Take(take)
            .Select(p => new
            {
                p.Id,
                p.Sku,
                p.Name,
                p.NetPriceMinor,
                p.GrossPriceMinor,
                p.VatRatePercent,
                Stock = db.Set<ProductStock>().Where(s => s.ProductId == p.Id && s.OnHand - s.Reserved > 0)
                    .Select(s => new { s.WarehouseId, Code = db.Set<Warehouse>().Where(w => w.Id == s.WarehouseId).Select(w => w.Code).First(), Free = s.OnHand - s.Reserved })
                    .ToList(),
            })
            .ToListAsync(ct);
        return found.Select(p => new ProductForSale(p.Id, p.Sku, p.Name, p.NetPriceMinor, p.GrossPriceMinor, p.VatRatePercent,
            p.Stock.Select(s => new FreeStock(p.Id, s.WarehouseId, s.Code, s.Free)).ToList())).ToList();
    }
}
