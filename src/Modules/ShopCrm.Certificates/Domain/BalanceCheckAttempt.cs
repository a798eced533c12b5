namespace ShopCrm.Certificates.Domain;

// Every balance check from the site is logged, so guessing is visible; the code is kept only as a hash.
public sealed class BalanceCheckAttempt
{
    public long Id { get; init; }

    public DateTime At { get; init; }

    public required string Caller { get; init; }

    public required string CodeHash { get; init; }

    public required string Result { get; init; }
}
