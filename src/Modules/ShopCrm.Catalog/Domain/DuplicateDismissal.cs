namespace ShopCrm.Catalog.Domain;

// Someone looked at a pair and said "not a duplicate": the finder stops listing it.
// The lower id is always first, so one pair has one row.
internal sealed class DuplicateDismissal
{
    public int ProductId { get; init; }

    public int OtherProductId { get; init; }

    public DateTime DismissedAt { get; init; }

    public required string DismissedBy { get; init; }
}
