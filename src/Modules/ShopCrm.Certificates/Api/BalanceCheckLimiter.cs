using System.Threading.RateLimiting;

namespace ShopCrm.Certificates.Api;

// Balance checks are limited twice: per caller (the e-shop's key and its customer's address) and per
// code, so that neither one visitor trying many codes nor many visitors trying one code gets far.
public sealed class BalanceCheckLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> perCaller;
    private readonly PartitionedRateLimiter<string> perCode;

    public BalanceCheckLimiter(int perCallerPerMinute = 20, int perCodePerMinute = 5)
    {
        perCaller = Fixed(perCallerPerMinute);
        perCode = Fixed(perCodePerMinute);
    }

    public bool TryAcquire(string caller, string code)
    {
        using var callerLease = perCaller.AttemptAcquire(caller);
        if (!callerLease.IsAcquired)
        {
            return false;
        }

        using var codeLease = perCode.AttemptAcquire(code);
        return codeLease.IsAcquired;
    }

    public void Dispose()
    {
        perCaller.Dispose();
        perCode.Dispose();
    }

    private static PartitionedRateLimiter<string> Fixed(int permitsPerMinute) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permitsPerMinute,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        }));
}
