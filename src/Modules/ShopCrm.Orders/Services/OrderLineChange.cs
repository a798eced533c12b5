namespace ShopCrm.Orders.Services;

// One line of an order being edited: LineId names a line the order already has (its price stays as it was
// agreed), null adds the model at today's price. LineDiscountMinor is off the whole line, in the order's price basis.
public sealed record OrderLineChange(long? LineId, int ProductId, int Quantity, long LineDiscountMinor = 0, bool BackorderAllowed = false);
