namespace ShopCrm.Certificates.Services;

// The answer of CertificateCodeLimiter: go on, or wait RetryAfter before trying again.
public sealed record CodeAttempt(bool Allowed, TimeSpan RetryAfter)
{
    public static readonly CodeAttempt Go = new(true, TimeSpan.Zero);

    public int RetryAfterSeconds => (int)Math.Ceiling(RetryAfter.TotalSeconds);
}
