namespace ShopCrm.Core.Events;

public sealed class DomainEventOptions
{
    // How often the worker looks for due deliveries without being woken (retries, other app instances).
    public int IntervalSeconds { get; set; } = 10;

    public int BatchSize { get; set; } = 100;

    public int MaxAttempts { get; set; } = 8;

    // Long enough for one handler; a worker that died holding the lock releases it when this passes.
    public int LockSeconds { get; set; } = 120;
}
