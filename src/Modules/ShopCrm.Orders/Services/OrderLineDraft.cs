namespace ShopCrm.Orders.Services;

// LineDiscountMinor is an amount off the whole line (not per unit), in the order's price basis.
public sealed record OrderLineDraft(int ProductId, int Quantity, long LineDiscountMinor = 0, bool BackorderAllowed = false);
