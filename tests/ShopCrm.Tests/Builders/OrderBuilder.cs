using System.Collections.Immutable;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ShopCrm.Catalog.Domain;
using ShopCrm.Clients.Domain;
using ShopCrm.Core.Data;
using ShopCrm.Orders.Contracts;
using ShopCrm.Orders.Domain;
using ShopCrm.Orders.Services;

namespace ShopCrm.Tests.Builders;

// An order placed through OrderService and moved along the usual path (confirmed, paid, assembled, packed,
// shipped, delivered) through OrderWorkflow, one public call per step, so it carries every side effect a
// real order of that status has.
public sealed record OrderBuilder(IServiceProvider Services)
{
    private static readonly OrderStatus[] UsualPath =
        [OrderStatus.Confirmed, OrderStatus.Paid, OrderStatus.Assembly, OrderStatus.Packed, OrderStatus.Shipped, OrderStatus.Delivered];

    private OrderDraft Draft { get; init; } = new() { Channel = OrderChannel.Phone, PaymentMethod = PaymentMethod.BankTransfer, DeliveryMethod = DeliveryMethod.Courier };

    private ImmutableList<OrderLineDraft> Lines { get; init; } = [];

    private OrderStatus Status { get; init; } = OrderStatus.New;

    private string Carrier { get; init; } = "InPost";

    // Null gives a tracking number made from the order's id.
    private string? TrackingNumber { get; init; }

    public OrderBuilder ForClient(Client client) => this with { Draft = Draft with { ClientId = client.Id } };

    public OrderBuilder WithLine(Product model, int quantity = 1) => this with { Lines = Lines.Add(new OrderLineDraft(model.Id, quantity)) };

    public OrderBuilder WithLine(OrderLineDraft line) => this with { Lines = Lines.Add(line) };

    // Anything else on the form: channel, payment, one-time customer, gift card, discounts.
    public OrderBuilder With(Func<OrderDraft, OrderDraft> change) => this with { Draft = change(Draft) };

    public OrderBuilder Confirmed() => InStatus(OrderStatus.Confirmed);

    public OrderBuilder Paid() => InStatus(OrderStatus.Paid);

    public OrderBuilder Shipped() => InStatus(OrderStatus.Shipped);

    public OrderBuilder Delivered() => InStatus(OrderStatus.Delivered);

    public OrderBuilder ShippedBy(string carrier, string trackingNumber) => this with { Carrier = carrier, TrackingNumber = trackingNumber };

    public OrderBuilder InStatus(OrderStatus status)
    {
        if (status != OrderStatus.New && !UsualPath.Contains(status))
        {
            throw new ArgumentException($"{status} is not on the usual path; move the order there in the test itself.", nameof(status));
        }

        return this with { Status = status };
    }

    public OrderDraft ToDraft() => Draft with { Lines = Lines };

    public async Task<PlacedOrder> PlaceAsync()
    {
        var placed = await Services.GetRequiredService<OrderService>().PlaceAsync(ToDraft());
        Assert.True(placed.Succeeded, placed.Error?.Message);
        var order = placed.Value!;
        if (Status == OrderStatus.New)
        {
            return order;
        }

        var version = order.Version;
        foreach (var step in UsualPath[..(Array.IndexOf(UsualPath, Status) + 1)])
        {
            var request = new OrderStatusRequest(order.Id, await VersionAsync(order.Id), step);
            if (step == OrderStatus.Shipped)
            {
                request = request with { Carrier = Carrier, TrackingNumber = TrackingNumber ?? "6200" + order.Id };
            }

            var moved = await Services.GetRequiredService<OrderWorkflow>().ChangeStatusAsync(request);
            Assert.True(moved.Succeeded, moved.Error?.Message);
            version = moved.Value;
        }

        return order with { Version = version };
    }

    private async Task<int> VersionAsync(long orderId)
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<ShopDbContext>>().CreateDbContextAsync();
        return await db.Set<Order>().Where(o => o.Id == orderId).Select(o => o.Version).SingleAsync();
    }
}
