namespace ShopCrm.Catalog.Jobs;

// What INSERT ... ON CONFLICT DO NOTHING RETURNING gives back: only the alerts this run really wrote.
internal sealed class InsertedAlert
{
    public long Id { get; init; }

    public int ProductId { get; init; }
}
