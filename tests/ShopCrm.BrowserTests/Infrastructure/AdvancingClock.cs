namespace ShopCrm.BrowserTests.Infrastructure;

// The app's clock in browser tests: real time, so logins, timers and the scheduler behave as in use, which a
// test can move forward so that a reminder due in a few minutes comes due without waiting for it. The tests
// share one app, so a test that moves the clock puts it back when it ends (Dispose): the next one, which
// seeds with DateTime.UtcNow, must see the same "now" as the app.
public sealed class AdvancingClock : TimeProvider
{
    private long offsetTicks;

    public override DateTimeOffset GetUtcNow() => TimeProvider.System.GetUtcNow().AddTicks(Interlocked.Read(ref offsetTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref offsetTicks, by.Ticks);

    public void Reset() => Interlocked.Exchange(ref offsetTicks, 0);
}
