using System.Security.Claims;
using Microsoft.Extensions.Options;
using ShopCrm.Core.Auditing;

namespace ShopCrm.Certificates.Contracts;

// One in-process counter for every path that takes a gift card code (the site's balance check, the order
// API's certificateCode, the staff look-up and the order card), so guessing cannot move from one path to
// another. Two fixed one-minute windows: per caller (an API key's or a staff account's id) and per code
// (so one code cannot be hammered from many keys). Each attempt counts as a wrong guess for its caller
// until the card turns out to exist (Found): taking the count first keeps a burst of parallel guesses
// inside the limit. A running app is one process; several nodes would each keep their own counters.
public sealed class CertificateCodeLimiter(IOptions<CertificateOptions> options, TimeProvider time)
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    private readonly Dictionary<string, Counter> callers = [];
    private readonly Dictionary<string, Counter> codes = [];
    private readonly Lock gate = new();
    private DateTimeOffset lastSweep = DateTimeOffset.MinValue;

    // The partition of the guessing limits: the API key's id for the site ("api-key:7"), the account's id for
    // staff. Both come from authentication, never from what the caller sends.
    public static string CallerOf(ClaimsPrincipal? principal) =>
        principal?.FindFirstValue(ClaimTypes.NameIdentifier) ?? CurrentUser.System;

    // code: the normalized code, or null when what was sent cannot be a code (it counts for the caller only).
    public CodeAttempt TryBegin(string caller, string? code)
    {
        var now = time.GetUtcNow();
        lock (gate)
        {
            Sweep(now);
            var byCaller = Current(callers, caller, now);
            if (byCaller.Count >= options.Value.WrongCodesPerCallerPerMinute)
            {
                return Refused(byCaller, now);
            }

            var byCode = code is null ? null : Current(codes, code, now);
            if (byCode is not null && byCode.Count >= options.Value.AttemptsPerCodePerMinute)
            {
                return Refused(byCode, now);
            }

            byCaller.Count++;
            if (byCode is not null)
            {
                byCode.Count++;
            }

            return CodeAttempt.Go;
        }
    }

    // The card exists: this attempt was not a wrong guess, so the caller gets it back (the code's count stays).
    public void Found(string caller)
    {
        lock (gate)
        {
            if (callers.TryGetValue(caller, out var counter) && counter.Count > 0)
            {
                counter.Count--;
            }
        }
    }

    private static Counter Current(Dictionary<string, Counter> counters, string key, DateTimeOffset now)
    {
        if (!counters.TryGetValue(key, out var counter) || counter.Start + Window <= now)
        {
            counter = new Counter(now);
            counters[key] = counter;
        }

        return counter;
    }

    private static CodeAttempt Refused(Counter counter, DateTimeOffset now) => new(false, counter.Start + Window - now);

    private void Sweep(DateTimeOffset now)
    {
        if (lastSweep + Window > now)
        {
            return;
        }

        lastSweep = now;
        foreach (var counters in new[] { callers, codes })
        {
            foreach (var expired in counters.Where(c => c.Value.Start + Window <= now).Select(c => c.Key).ToList())
            {
                counters.Remove(expired);
            }
        }
    }

    private sealed class Counter(DateTimeOffset start)
    {
        public DateTimeOffset Start { get; } = start;

        public int Count { get; set; }
    }
}
