namespace ShopCrm.Certificates.Api;

public sealed record CertificateBalanceDto(string Code, string Status, decimal Balance, string Currency, DateOnly ValidUntil, bool PartialUseAllowed);
