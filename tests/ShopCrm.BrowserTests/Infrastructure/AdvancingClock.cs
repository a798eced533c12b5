namespace ShopCrm.BrowserTests.Infrastructure;

// The app's clock in browser tests: real time, so logins, timers and the scheduler behave as in use, which a
// test can move forward so that a reminder due in a few minutes comes due without waiting for it.
public sealed class AdvancingClock : TimeProvider
{
    private long offsetTicks;

    public override DateTimeOffset GetUtcNow() => TimeProvider.System.GetUtcNow().AddTicks(Interlocked.Read(ref offsetTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref offsetTicks, by.Ticks);
}
