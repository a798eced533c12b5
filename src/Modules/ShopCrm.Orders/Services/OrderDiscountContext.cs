using ShopCrm.Orders.Domain;

namespace ShopCrm.Orders.Services;

public sealed record OrderDiscountContext(int? ClientId, OrderChannel Channel, IReadOnlyList<OrderDiscountContextLine> Lines);
