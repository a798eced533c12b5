namespace ShopCrm.Certificates.Services;

// Sales: activated value per day and the channel the card was sold in. Redemptions: value taken off cards
// for orders per day, less what cancelled orders gave back (the ledger does not record where a card was spent).
// Days without any movement are left out.
public sealed record CertificateSalesReport(IReadOnlyList<DailyChannelAmount> Sales, IReadOnlyList<DailyAmount> Redemptions);
