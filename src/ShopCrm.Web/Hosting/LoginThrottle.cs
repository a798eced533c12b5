using System.Net;
using System.Threading.RateLimiting;

namespace ShopCrm.Web.Hosting;

// Every login attempt costs a permit from the client address's window and from the account name's window,
// whether that account exists or not. The address is the connection's (set by Kestrel or a configured
// forwarded-headers step), never a header the caller writes. The 5-failure lockout still applies on top.
public sealed class LoginThrottle : IDisposable
{
    public const int AttemptsPerAddress = 20;
    public static readonly TimeSpan AddressWindow = TimeSpan.FromMinutes(1);
    public const int AttemptsPerAccount = 10;
    public static readonly TimeSpan AccountWindow = TimeSpan.FromMinutes(5);

    private readonly PartitionedRateLimiter<LoginAttempt> limiter = PartitionedRateLimiter.CreateChained(
        PartitionedRateLimiter.Create<LoginAttempt, string>(a => Window("address:" + a.Address, AttemptsPerAddress, AddressWindow)),
        PartitionedRateLimiter.Create<LoginAttempt, string>(a => Window("account:" + a.Account, AttemptsPerAccount, AccountWindow)));

    // The account name comes normalized (UserManager.NormalizeName), so "Anna@Shop.pl " and "anna@shop.pl"
    // share one window.
    public bool TryAttempt(IPAddress? address, string normalizedUserName)
    {
        var attempt = new LoginAttempt(address?.ToString() ?? "unknown", normalizedUserName);
        using var lease = limiter.AttemptAcquire(attempt);
        return lease.IsAcquired;
    }

    public void Dispose() => limiter.Dispose();

    private static RateLimitPartition<string> Window(string key, int permits, TimeSpan window) =>
        RateLimitPartition.GetSlidingWindowLimiter(key, _ => new SlidingWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = window,
            SegmentsPerWindow = 6,
            QueueLimit = 0,
            AutoReplenishment = true,
        });

    private sealed record LoginAttempt(string Address, string Account);
}
