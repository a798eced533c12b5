using ShopCrm.Core.Money;

namespace ShopCrm.Orders.Contracts;

// Basis: how the order is priced; the discounts offered for it are amounts in that basis.
public sealed record OrderDiscountContext(int? ClientId, OrderChannel Channel, IReadOnlyList<OrderDiscountContextLine> Lines, PriceBasis Basis = PriceBasis.Net);
