namespace ShopCrm.Certificates.Contracts;

// The answer of CertificateCodeLimiter: go on, or wait RetryAfter before trying again.
public sealed record CodeAttempt(bool Allowed, TimeSpan RetryAfter)
{
    public static readonly CodeAttempt Go = new(true, TimeSpan.Zero);

    public int RetryAfterSeconds => (int)Math.Ceiling(RetryAfter.TotalSeconds);

    public string RefusalMessage => $"Too many gift card codes tried. Please wait {RetryAfterSeconds} seconds and try again.";
}
