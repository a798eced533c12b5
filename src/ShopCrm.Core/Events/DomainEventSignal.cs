namespace ShopCrm.Core.Events;

// Wakes the delivery worker right after a commit wrote events, so handlers run within moments instead of
// at the next poll; the poll stays as the safety net for a wake-up lost with a stopped process.
public sealed class DomainEventSignal
{
    private readonly SemaphoreSlim pending = new(0, 1);

    public void Wake()
    {
        try
        {
            pending.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already awake: one pass delivers everything committed so far.
        }
    }

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken ct) => pending.WaitAsync(timeout, ct);
}
