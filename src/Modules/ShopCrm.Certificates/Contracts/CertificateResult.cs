namespace ShopCrm.Certificates.Contracts;

public sealed record CertificateResult<T>(T? Value, CertificateError? Error)
{
    public bool Succeeded => Error is null;

    public static CertificateResult<T> Ok(T value) => new(value, null);

    public static CertificateResult<T> Fail(CertificateError error) => new(default, error);
}
