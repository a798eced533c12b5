namespace ShopCrm.Tests.Infrastructure;

// A clock a test moves by hand, so that time-dependent behaviour (retries, reminders) needs no waiting.
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset now = start;

    public override DateTimeOffset GetUtcNow() => now;

    public void Advance(TimeSpan by) => now += by;
}
