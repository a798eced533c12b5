namespace ShopCrm.Certificates.Services;

// A staff look-up by a typed code: the card's id, or why there is none to open.
public sealed record CertificateLookupResult(long? CertificateId, string? Problem)
{
    public static CertificateLookupResult Found(long id) => new(id, null);

    public static CertificateLookupResult Refused(string problem) => new(null, problem);
}
