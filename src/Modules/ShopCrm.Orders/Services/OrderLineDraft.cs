namespace ShopCrm.Orders.Services;

// LineDiscountMinor is a net amount off the whole line (not per unit).
public sealed record OrderLineDraft(int ProductId, int Quantity, long LineDiscountMinor = 0, bool BackorderAllowed = false);
