namespace ShopCrm.BrowserTests.Infrastructure;

// Real time moved forward by what the test asks: the running app keeps ticking (logins, timers), yet a test
// can jump days ahead to where the jobs have work to do.
public sealed class ShiftedClock : TimeProvider
{
    private long shiftTicks;

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow().AddTicks(Interlocked.Read(ref shiftTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref shiftTicks, by.Ticks);
}
