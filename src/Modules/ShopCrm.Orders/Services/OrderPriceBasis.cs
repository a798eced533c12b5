using ShopCrm.Core.Money;
using ShopCrm.Orders.Contracts;
using ShopCrm.Orders.Domain;

namespace ShopCrm.Orders.Services;

// How an order is priced when whoever takes it does not say. The e-shop, the store and the phone sell at
// the shelf price, which is what the customer pays; so does a sales representative selling to a consumer.
// A representative's order for a company is agreed net. A manager may take any company order net.
public static class OrderPriceBasis
{
    public static PriceBasis DefaultFor(OrderChannel channel, bool forCompany) =>
        channel == OrderChannel.SalesRep && forCompany ? PriceBasis.Net : PriceBasis.Gross;
}
