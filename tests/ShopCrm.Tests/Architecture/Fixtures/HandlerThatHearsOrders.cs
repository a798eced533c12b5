using ShopCrm.Orders.Contracts;

namespace ShopCrm.Tests.Architecture.Fixtures.Handlers;

// What the architecture rules must let through: a higher module hearing Orders' events.
internal sealed class HandlerThatHearsOrders
{
    public string Describe(OrderPlaced placed) => $"{placed.Number} {placed.Channel}";
}
