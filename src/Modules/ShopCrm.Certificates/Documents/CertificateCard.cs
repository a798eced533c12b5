namespace ShopCrm.Certificates.Documents;

// What one printed card shows. Value arrives formatted, so the card prints money exactly as the rest of the
// shop does ("200,00 zł", "200.00 PLN") instead of guessing a culture here.
public sealed record CertificateCard(
    string ShopName,
    string ShopWebsite,
    string SeriesName,
    string Code,
    string Value,
    DateOnly ValidUntil,
    string? RecipientName,
    string? PersonalMessage,
    string Conditions);
