using ShopCrm.Core.Auditing;

namespace ShopCrm.Catalog.Domain;

// How arrivals enter stock: posting it writes a Receipt movement per line, once.
internal sealed class GoodsReceipt : IAudited
{
    public int Id { get; init; }

    public required string Number { get; set; }

    public int SupplierId { get; set; }

    public int WarehouseId { get; set; }

    // The supplier's delivery note or invoice number.
    public string? SupplierDocument { get; set; }

    public GoodsReceiptStatus Status { get; set; }

    public DateTime CreatedAt { get; init; }

    public required string CreatedBy { get; init; }

    public DateTime? PostedAt { get; set; }

    public string? PostedBy { get; set; }

    public int? PurchaseOrderId { get; set; }

    public string? Notes { get; set; }

    public List<GoodsReceiptLine> Lines { get; init; } = [];

    public int Version { get; set; }
}
