namespace ShopCrm.Clients.Contracts;

// A bought model: what segments such as "bought brand X / from supplier Y / in category Z" look at.
public sealed record ClientOrderLineRecord(int ProductId, int Quantity, long GrossMinor);
