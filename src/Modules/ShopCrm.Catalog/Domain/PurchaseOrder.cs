using ShopCrm.Core.Auditing;

namespace ShopCrm.Catalog.Domain;

internal sealed class PurchaseOrder : IAudited
{
    public int Id { get; init; }

    public required string Number { get; set; }

    public int SupplierId { get; set; }

    public PurchaseOrderStatus Status { get; set; }

    public DateTime CreatedAt { get; init; }

    public required string CreatedBy { get; init; }

    public DateTime? SentAt { get; set; }

    public string? Notes { get; set; }

    public List<PurchaseOrderLine> Lines { get; init; } = [];
}
