using ShopCrm.Core.Results;

namespace ShopCrm.Certificates.Contracts;

// Keeps its name until Orders (which names it) moves to Result<T>.
public sealed record CertificateResult<T>(T? Value, Error? Error)
{
    public bool Succeeded => Error is null;

    public static CertificateResult<T> Ok(T value) => new(value, null);

    public static CertificateResult<T> Fail(Error error) => new(default, error);
}
