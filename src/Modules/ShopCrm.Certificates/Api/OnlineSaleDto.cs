namespace ShopCrm.Certificates.Api;

// A card bought and paid for in the e-shop. Value is needed only for series whose value the buyer chooses.
public sealed record OnlineSaleDto(int SeriesId, decimal? Value, string? BuyerName, string? RecipientName, string? RecipientEmail, string? PersonalMessage);
