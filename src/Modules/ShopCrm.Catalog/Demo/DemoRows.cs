using Microsoft.EntityFrameworkCore;
using ShopCrm.Catalog.Domain;
using ShopCrm.Catalog.Services;
using ShopCrm.Catalog.Services.Stock;
using ShopCrm.Core.Data;

namespace ShopCrm.Catalog.Demo;

// The rows that hang on one chunk of models, written in one transaction by multi-row INSERTs.
internal sealed class DemoRows
{
    public List<ProductSpecification> Specifications { get; } = [];

    public List<ProductTag> Tags { get; } = [];

    public List<SupplierProduct> SupplierProducts { get; } = [];

    public List<PriceListLine> PriceListLines { get; } = [];

    public List<ProductStock> Stocks { get; } = [];

    public List<StockMovement> Movements { get; } = [];

    public List<PriceChange> PriceChanges { get; } = [];

    public async Task InsertAsync(ShopDbContext db, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await BulkInsert.InsertAsync(db, Specifications, ct, ("ProductId", s => s.ProductId), ("DefinitionId", s => s.DefinitionId), ("NumberValue", s => s.NumberValue), ("TextValue", s => s.TextValue));
        await BulkInsert.InsertAsync(db, Tags, ct, ("ProductId", t => t.ProductId), ("TagId", t => t.TagId));
        await BulkInsert.InsertAsync(db, SupplierProducts, ct,
            ("SupplierId", s => s.SupplierId), ("ProductId", s => s.ProductId), ("SupplierCode", s => s.SupplierCode), ("PurchasePriceMinor", s => s.PurchasePriceMinor), ("IsLeading", s => s.IsLeading));
        await BulkInsert.InsertAsync(db, PriceListLines, ct,
            ("SupplierId", l => l.SupplierId), ("SupplierCode", l => l.SupplierCode), ("Name", l => l.Name), ("Ean", l => l.Ean), ("BrandName", l => l.BrandName),
            ("PurchasePriceMinor", l => l.PurchasePriceMinor), ("SuggestedNetPriceMinor", l => l.SuggestedNetPriceMinor), ("WeightGrams", l => l.WeightGrams),
            ("Description", l => l.Description), ("ImportedAt", l => l.ImportedAt));
        await BulkInsert.InsertAsync(db, Stocks, ct,
            ("ProductId", s => s.ProductId), ("WarehouseId", s => s.WarehouseId), ("OnHand", s => s.OnHand), ("Reserved", s => s.Reserved), ("MinimumStock", s => s.MinimumStock));
        await StockLedger.RecountAvailableAsync(db, Stocks.Select(s => s.ProductId).Distinct().ToList(), ct);
        await BulkInsert.InsertAsync(db, Movements, ct,
            ("ProductId", m => m.ProductId), ("WarehouseId", m => m.WarehouseId), ("Type", m => m.Type), ("OnHandChange", m => m.OnHandChange), ("ReservedChange", m => m.ReservedChange),
            ("At", m => m.At), ("UserName", m => m.UserName), ("Reason", m => m.Reason), ("Document", m => m.Document));
        await BulkInsert.InsertAsync(db, PriceChanges, ct,
            ("ProductId", c => c.ProductId), ("At", c => c.At), ("UserName", c => c.UserName), ("OldNetMinor", c => c.OldNetMinor), ("NewNetMinor", c => c.NewNetMinor),
            ("VatRatePercent", c => c.VatRatePercent), ("OldPurchaseMinor", c => c.OldPurchaseMinor), ("NewPurchaseMinor", c => c.NewPurchaseMinor));
        await transaction.CommitAsync(ct);
    }
}
