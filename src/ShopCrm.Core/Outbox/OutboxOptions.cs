namespace ShopCrm.Core.Outbox;

public sealed class OutboxOptions
{
    public int IntervalSeconds { get; set; } = 10;

    public int BatchSize { get; set; } = 50;

    public int MaxAttempts { get; set; } = 8;

    // Long enough for one delivery; a worker that died holding the lock releases it when this passes.
    public int LockSeconds { get; set; } = 120;
}
