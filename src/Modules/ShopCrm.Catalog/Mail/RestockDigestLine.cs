namespace ShopCrm.Catalog.Mail;

// One new alert as the warehouse digest lists it.
public sealed record RestockDigestLine(string Name, string Sku, string Reason, int Available, int Minimum, int SuggestedQuantity, string? Supplier);
