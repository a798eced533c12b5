using ShopCrm.Core.Results;

namespace ShopCrm.Certificates.Contracts;

// What ICertificateRedemption.CheckAsync found: whether a card with the code exists, its balance, how much
// of the amount it would pay, and why it cannot pay (null when it can).
public sealed record CertificateCheck(bool Found, long BalanceMinor, long PayableMinor, Error? Problem)
{
    public static readonly CertificateCheck NotFound = new(false, 0, 0, CertificateError.NotFound);

    public bool CanPay => Problem is null;
}
