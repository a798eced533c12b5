using Microsoft.EntityFrameworkCore;
using ShopCrm.Catalog.Domain;
using ShopCrm.Catalog.Services;
using ShopCrm.Catalog.Services.Stock;
using ShopCrm.Clients.Contracts;
using ShopCrm.Clients.Domain;
using ShopCrm.Core.Auditing;
using ShopCrm.Core.Data;
using ShopCrm.Orders.Contracts;
using ShopCrm.Orders.Domain;
using ShopCrm.Orders.Services;
using static ShopCrm.Tests.Builders.Build;

namespace ShopCrm.Tests.Orders;

public sealed class OrderWorkflowTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Placing_an_order_numbers_it_per_year_and_prices_it_from_the_catalog(DatabaseProvider provider)
    {
        await using var shop = await OrderFixture.StartAsync(provider);

        var first = await shop.PlaceAsync(shop.Draft(new OrderLineDraft(shop.Reel.Id, 2), new OrderLineDraft(shop.Line.Id, 3)));
        var second = await shop.PlaceAsync(shop.Draft());

        var year = shop.ShopYear;
        Assert.Equal($"ZAM/{year}/00001", first.Number);
        Assert.Equal($"ZAM/{year}/00002", second.Number);
        var order = await shop.LoadAsync(first.Id);
        Assert.Equal(OrderStatus.New, order.Status);
        Assert.Equal(("Anna Kowalska", "anna.kowalska@example.pl", "ul. Rybacka 5"), (order.CustomerName, order.CustomerEmail, order.Street));
        Assert.Equal((20000L, 4600L, 24600L), (order.Lines[0].NetMinor, order.Lines[0].VatMinor, order.Lines[0].GrossMinor));
        Assert.Equal(("KOL-3000", 12300L), (order.Lines[0].Sku, order.Lines[0].UnitGrossMinor));
        Assert.Equal((26000L, 5980L, 31980L, 31980L), (order.NetMinor, order.VatMinor, order.GrossMinor, order.PayableMinor));
        Assert.Equal([OrderStatus.New], (await shop.ChangesAsync(first.Id)).Select(c => c.To));
        Assert.Equal(["OrderPlaced"], shop.Events.Names(first.Id));
        Assert.Equal(ClientOrderOutcome.Open, (await shop.FactAsync(first.Id)).Outcome);
        Assert.Equal(1, await shop.TimelineEntriesAsync(first.Id));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Confirming_an_order_reserves_stock_for_every_line(DatabaseProvider provider)
    {
        await using var shop = await OrderFixture.StartAsync(provider);
        var placed = await shop.PlaceAsync(shop.Draft(new OrderLineDraft(shop.Reel.Id, 4), new OrderLineDraft(shop.Line.Id, 10)));

        await shop.MoveAsync(placed.Id, OrderStatus.Confirmed);

        Assert.Equal((10, 4), await shop.StockAsync(shop.Reel));
        Assert.Equal((100, 10), await shop.StockAsync(shop.Line));
        var order = await shop.LoadAsync(placed.Id);
        Assert.Equal(OrderStatus.Confirmed, order.Status);
        Assert.All(order.Lines, l => Assert.Equal(shop.Warehouse.Id, l.WarehouseId));
        Assert.Equal(["OrderPlaced", "OrderConfirmed"], shop.Events.Names(placed.Id));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_line_without_stock_fails_the_confirmation_unless_its_backorder_is_allowed(DatabaseProvider provider)
    {
        await using var shop = await OrderFixture.StartAsync(provider, reelsInStock: 2);
        var refused = await shop.PlaceAsync(shop.Draft(new OrderLineDraft(shop.Line.Id, 5), new OrderLineDraft(shop.Reel.Id, 3)));

        var result = await shop.Workflow.ChangeStatusAsync(new OrderStatusRequest(refused.Id, refused.Version, OrderStatus.Confirmed));

        Assert.Equal("no-stock", result.Error!.Code);
        Assert.Contains("KOL-3000", result.Error.Message);
        Assert.Contains("Allow a backorder", result.Error.Message);
        Assert.True(result.Error.Fields!.ContainsKey("Lines[1].Quantity"));
        Assert.Equal(OrderStatus.New, (await shop.LoadAsync(refused.Id)).Status);
        Assert.Equal((100, 0), await shop.StockAsync(shop.Line));
        Assert.Equal((2, 0), await shop.StockAsync(shop.Reel));

        var allowed = await shop.PlaceAsync(shop.Draft(new OrderLineDraft(shop.Line.Id, 5), new OrderLineDraft(shop.Reel.Id, 3, BackorderAllowed: true)));
        await shop.MoveAsync(allowed.Id, OrderStatus.Confirmed);

        var order = await shop.LoadAsync(allowed.Id);
        Assert.Equal(OrderStatus.Confirmed, order.Status);
        Assert.True(order.Lines[1].OnBackorder);
        Assert.Null(order.Lines[1].WarehouseId);
        Assert.Equal((100, 5), await shop.StockAsync(shop.Line));
        Assert.Equal((2, 0), await shop.StockAsync(shop.Reel));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_backordered_line_cannot_be_shipped_until_its_stock_arrives(DatabaseProvider provider)
    {
        await using var shop = await OrderFixture.StartAsync(provider, reelsInStock: 0);
        var placed = await shop.PlaceAsync(shop.Draft(new OrderLineDraft(shop.Reel.Id, 2, BackorderAllowed: true)) with { PaymentMethod = PaymentMethod.CashOnDelivery });
        await shop.MoveAsync(placed.Id, OrderStatus.Confirmed);
        await shop.MoveAsync(placed.Id, OrderStatus.Assembly);
        var version = await shop.MoveAsync(placed.Id, OrderStatus.Packed);

        var early = await shop.Workflow.ChangeStatusAsync(new OrderStatusRequest(placed.Id, version, OrderStatus.Shipped) { Carrier = "InPost", TrackingNumber = "630000111" });
        Assert.Contains("still on backorder", early.Error!.Message);

        await shop.Host.Get<StockService>().ReceiveAsync(shop.Reel.Id, shop.Warehouse.Id, 5, "Dostawa", null);
        await shop.MoveAsync(placed.Id, OrderStatus.Shipped, "InPost", "630000111");

        Assert.Equal((3, 0), await shop.StockAsync(shop.Reel));
        Assert.False((await shop.LoadAsync(placed.Id)).Lines[0].OnBackorder);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task An_order_goes_from_confirmation_to_delivery_selling_its_stock_on_dispatch(DatabaseProvider provider)
    {
        await using var shop = await OrderFixture.StartAsync(provider);
        var placed = await shop.PlaceAsync(shop.Draft(new OrderLineDraft(shop.Reel.Id, 3)));

        await shop.MoveAsync(placed.Id, OrderStatus.Confirmed);
        await shop.MoveAsync(placed.Id, OrderStatus.Paid);
        await shop.MoveAsync(placed.Id, OrderStatus.Assembly);
        var packed = await shop.MoveAsync(placed.Id, OrderStatus.Packed);
        Assert.Equal((10, 3), await shop.StockAsync(shop.Reel));

        var withoutTracking = await shop.Workflow.ChangeStatusAsync(new OrderStatusRequest(placed.Id, packed, OrderStatus.Shipped) { Carrier = "DPD" });
        Assert.Equal("Enter the parcel's tracking number.", withoutTracking.Error!.Fields!["TrackingNumber"]);

        await shop.MoveAsync(placed.Id, OrderStatus.Shipped, "DPD", "0000123456789");
        Assert.Equal((7, 0), await shop.StockAsync(shop.Reel));
        await shop.MoveAsync(placed.Id, OrderStatus.Delivered);

        var order = await shop.LoadAsync(placed.Id);
        Assert.Equal((OrderStatus.Delivered, PaymentState.Paid, "DPD", "0000123456789"), (order.Status, order.PaymentState, order.Carrier, order.TrackingNumber));
        Assert.NotNull(order.PaidAt);
        Assert.NotNull(order.ShippedAt);
        Assert.NotNull(order.DeliveredAt);
        Assert.Equal(
            [OrderStatus.New, OrderStatus.Confirmed, OrderStatus.Paid, OrderStatus.Assembly, OrderStatus.Packed, OrderStatus.Shipped, OrderStatus.Delivered],
            (await shop.ChangesAsync(placed.Id)).Select(c => c.To));
        Assert.Equal(["OrderPlaced", "OrderConfirmed", "OrderPaid", "OrderDispatched", "OrderDelivered"], shop.Events.Names(placed.Id));
        var record = await shop.FactAsync(placed.Id);
        Assert.Equal((ClientOrderOutcome.Completed, 36900L, order.DeliveredAt), (record.Outcome, record.TotalMinor, record.CompletedAt));
        Assert.Equal(7, await shop.TimelineEntriesAsync(placed.Id));
        await using var db = await shop.Host.NewContextAsync();
        Assert.True(await db.Set<AuditEntry>().CountAsync(a => a.EntityType == nameof(Order) && a.EntityKey == placed.Id.ToString()) >= 7);
        var client = await db.Set<Client>().AsNoTracking().SingleAsync(c => c.Id == shop.Client.Id);
        Assert.Equal((1, 36900L), (client.CompletedOrders, client.TotalSpentMinor));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Transitions_that_skip_or_reverse_a_step_are_refused(DatabaseProvider provider)
    {
        await using var shop = await OrderFixture.StartAsync(provider);
        var prepaid = await shop.PlaceAsync(shop.Draft());

        var shipNew = await shop.Workflow.ChangeStatusAsync(new OrderStatusRequest(prepaid.Id, prepaid.Version, OrderStatus.Shipped) { Carrier = "DPD", TrackingNumber = "1" });
        Assert.Equal("An order that is new cannot become shipped.", shipNew.Error!.Message);

        var confirmed = await shop.MoveAsync(prepaid.Id, OrderStatus.Confirmed);
        var unpaidAssembly = await shop.Workflow.ChangeStatusAsync(new OrderStatusRequest(prepaid.Id, confirmed, OrderStatus.Assembly));
        Assert.Equal("transition", unpaidAssembly.Error!.Code);

        var cod = await shop.PlaceAsync(shop.Draft() with { PaymentMethod = PaymentMethod.CashOnDelivery });
        await shop.MoveAsync(cod.Id, OrderStatus.Confirmed);
        await shop.MoveAsync(cod.Id, OrderStatus.Assembly);
        await shop.MoveAsync(cod.Id, OrderStatus.Packed);
        await shop.MoveAsync(cod.Id, OrderStatus.Shipped, "DPD", "2");
        var delivered = await shop.MoveAsync(cod.Id, OrderStatus.Delivered);
        Assert.Equal(PaymentState.Paid, (await shop.LoadAsync(cod.Id)).PaymentState);

        var cancelDelivered = await shop.Workflow.ChangeStatusAsync(new OrderStatusRequest(cod.Id, delivered, OrderStatus.Cancelled));
        Assert.Equal("An order that is delivered cannot become cancelled.", cancelDelivered.Error!.Message);
        var backToNew = await shop.Workflow.ChangeStatusAsync(new OrderStatusRequest(cod.Id, delivered, OrderStatus.New));
        Assert.Equal("transition", backToNew.Error!.Code);
        Assert.Equal(OrderStatus.Delivered, (await shop.LoadAsync(cod.Id)).Status);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Cancelling_an_order_releases_its_stock_and_gift_card(DatabaseProvider provider)
    {
        await using var shop = await OrderFixture.StartAsync(provider);
        var card = await AGiftCard(shop.Host.Services).Worth(5000).BuildAsync();
        var placed = await shop.PlaceAsync(shop.Draft(new OrderLineDraft(shop.Reel.Id, 2)));
        var applied = await shop.Orders.ApplyCertificateAsync(placed.Id, placed.Version, card.Code.ToLowerInvariant());
        Assert.True(applied.Succeeded, applied.Error?.Message);
        Assert.Equal(0, await shop.BalanceAsync(card.Id));
        await shop.MoveAsync(placed.Id, OrderStatus.Confirmed);
        Assert.Equal((10, 2), await shop.StockAsync(shop.Reel));

        await shop.MoveAsync(placed.Id, OrderStatus.Cancelled);

        var order = await shop.LoadAsync(placed.Id);
        Assert.Equal((OrderStatus.Cancelled, 5000L, 19600L), (order.Status, order.CertificateAmountMinor, order.PayableMinor));
        Assert.Equal((10, 0), await shop.StockAsync(shop.Reel));
        Assert.Equal(5000, await shop.BalanceAsync(card.Id));
        Assert.Equal(ClientOrderOutcome.Cancelled, (await shop.FactAsync(placed.Id)).Outcome);
        Assert.Equal(["OrderPlaced", "OrderConfirmed", "OrderCancelled"], shop.Events.Names(placed.Id));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_partial_return_puts_units_back_and_owes_their_gross_then_the_rest_refunds_the_gift_card(DatabaseProvider provider)
    {
        await using var shop = await OrderFixture.StartAsync(provider);
        var card = await AGiftCard(shop.Host.Services).Worth(5000).BuildAsync();
        var placed = await shop.PlaceAsync(shop.Draft(new OrderLineDraft(shop.Reel.Id, 3)));
        await shop.Orders.ApplyCertificateAsync(placed.Id, placed.Version, card.Code);
        foreach (var step in new[] { OrderStatus.Confirmed, OrderStatus.Paid, OrderStatus.Assembly, OrderStatus.Packed })
        {
            await shop.MoveAsync(placed.Id, step);
        }

        await shop.MoveAsync(placed.Id, OrderStatus.Shipped, "DPD", "77");
        var delivered = await shop.MoveAsync(placed.Id, OrderStatus.Delivered);
        var lineId = (await shop.LoadAsync(placed.Id)).Lines[0].Id;

        var tooMany = await shop.Workflow.ChangeStatusAsync(new OrderStatusRequest(placed.Id, delivered, OrderStatus.Returned) { ReturnedLines = [new ReturnedLine(lineId, 4)] });
        Assert.Equal("invalid", tooMany.Error!.Code);
        var partial = await shop.Workflow.ChangeStatusAsync(new OrderStatusRequest(placed.Id, delivered, OrderStatus.Returned) { ReturnedLines = [new ReturnedLine(lineId, 1)], Note = "Uszkodzony" });
        Assert.True(partial.Succeeded, partial.Error?.Message);
        await shop.DeliverEventsAsync();

        var afterPartial = await shop.LoadAsync(placed.Id);
        Assert.Equal((OrderStatus.Returned, 12300L, PaymentState.RefundDue, 1), (afterPartial.Status, afterPartial.RefundDueMinor, afterPartial.PaymentState, afterPartial.Lines[0].ReturnedQuantity));
        Assert.Equal((8, 0), await shop.StockAsync(shop.Reel));
        Assert.Equal(0, await shop.BalanceAsync(card.Id));
        var fact = await shop.FactAsync(placed.Id);
        Assert.Equal((ClientOrderOutcome.Completed, 24600L), (fact.Outcome, fact.TotalMinor));

        await shop.MoveAsync(placed.Id, OrderStatus.Returned);

        var whole = await shop.LoadAsync(placed.Id);
        Assert.Equal(36900 - 5000, whole.RefundDueMinor);
        Assert.Equal((10, 0), await shop.StockAsync(shop.Reel));
        Assert.Equal(5000, await shop.BalanceAsync(card.Id));
        Assert.Equal(ClientOrderOutcome.Returned, (await shop.FactAsync(placed.Id)).Outcome);
        Assert.Empty(await shop.Host.Get<StockLedgerCheck>().FindDriftAsync());
        await using var db = await shop.Host.NewContextAsync();
        Assert.Equal([12300L, 24600L - 5000], await db.Set<OrderReturn>().Where(r => r.OrderId == placed.Id).OrderBy(r => r.Id).Select(r => r.RefundDueMinor).ToListAsync());
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_refused_cash_on_delivery_parcel_comes_back_to_stock_and_owes_nothing(DatabaseProvider provider)
    {
        await using var shop = await OrderFixture.StartAsync(provider);
        var placed = await shop.PlaceAsync(shop.Draft() with { PaymentMethod = PaymentMethod.CashOnDelivery });
        await shop.MoveAsync(placed.Id, OrderStatus.Confirmed);
        await shop.MoveAsync(placed.Id, OrderStatus.Assembly);
        await shop.MoveAsync(placed.Id, OrderStatus.Packed);
        await shop.MoveAsync(placed.Id, OrderStatus.Shipped, "Poczta Polska", "PP123");

        await shop.MoveAsync(placed.Id, OrderStatus.Returned);

        var order = await shop.LoadAsync(placed.Id);
        Assert.Equal((0L, PaymentState.Unpaid), (order.RefundDueMinor, order.PaymentState));
        Assert.Equal((10, 0), await shop.StockAsync(shop.Reel));
        Assert.Equal(ClientOrderOutcome.Refused, (await shop.FactAsync(placed.Id)).Outcome);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Fifty_orders_at_once_for_a_model_with_ten_units_exactly_ten_are_confirmed(DatabaseProvider provider)
    {
        await using var shop = await OrderFixture.StartAsync(provider, reelsInStock: 10);
        var placed = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => Task.Run(() => shop.PlaceAsync(shop.Draft()))));
        Assert.Equal(50, placed.Select(p => p.Number).Distinct().Count());

        var confirmed = await Task.WhenAll(placed.Select(p => Task.Run(() =>
            shop.Workflow.ChangeStatusAsync(new OrderStatusRequest(p.Id, p.Version, OrderStatus.Confirmed)))));

        Assert.Equal(10, confirmed.Count(r => r.Succeeded));
        Assert.All(confirmed.Where(r => !r.Succeeded), r => Assert.Equal("no-stock", r.Error!.Code));
        Assert.Equal((10, 10), await shop.StockAsync(shop.Reel));
        await using var db = await shop.Host.NewContextAsync();
        Assert.Equal(10, await db.Set<Order>().CountAsync(o => o.Status == OrderStatus.Confirmed));
        Assert.Equal(10, await db.Set<StockReservation>().CountAsync(r => r.Status == StockReservationStatus.Reserved));

        // Available (on hand less reserved) after every movement, replayed in order: it never went below zero.
        var movements = await db.Set<StockMovement>().Where(m => m.ProductId == shop.Reel.Id).OrderBy(m => m.Id).Select(m => m.OnHandChange - m.ReservedChange).ToListAsync();
        var available = 0;
        foreach (var change in movements)
        {
            available += change;
            Assert.True(available >= 0);
        }

        Assert.Equal(0, available);
        Assert.Empty(await shop.Host.Get<StockLedgerCheck>().FindDriftAsync());
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Of_two_managers_moving_one_order_the_second_gets_a_conflict_and_nothing_is_overwritten(DatabaseProvider provider)
    {
        await using var shop = await OrderFixture.StartAsync(provider);
        var placed = await shop.PlaceAsync(shop.Draft());
        await shop.MoveAsync(placed.Id, OrderStatus.Confirmed);
        var seenByBoth = (await shop.LoadAsync(placed.Id)).Version;

        var first = await shop.Workflow.ChangeStatusAsync(new OrderStatusRequest(placed.Id, seenByBoth, OrderStatus.Paid));
        var second = await shop.Workflow.ChangeStatusAsync(new OrderStatusRequest(placed.Id, seenByBoth, OrderStatus.Cancelled));

        Assert.True(first.Succeeded);
        Assert.Equal(OrderError.Conflict, second.Error);
        Assert.Contains("changed this order in the meantime", second.Error!.Message);
        var order = await shop.LoadAsync(placed.Id);
        Assert.Equal((OrderStatus.Paid, seenByBoth + 1), (order.Status, order.Version));
        Assert.Equal((10, 1), await shop.StockAsync(shop.Reel));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Two_managers_confirming_one_order_at_once_reserve_its_stock_once(DatabaseProvider provider)
    {
        await using var shop = await OrderFixture.StartAsync(provider);
        var placed = await shop.PlaceAsync(shop.Draft(new OrderLineDraft(shop.Reel.Id, 2)));

        var results = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
            shop.Workflow.ChangeStatusAsync(new OrderStatusRequest(placed.Id, placed.Version, OrderStatus.Confirmed)))));

        Assert.Equal(1, results.Count(r => r.Succeeded));
        Assert.Equal((10, 2), await shop.StockAsync(shop.Reel));
        Assert.Equal(OrderStatus.Confirmed, (await shop.LoadAsync(placed.Id)).Status);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_site_order_sent_twice_is_placed_once(DatabaseProvider provider)
    {
        await using var shop = await OrderFixture.StartAsync(provider);
        var draft = shop.Draft() with { Channel = OrderChannel.Site, SiteOrderId = "WWW-1001", PaymentMethod = PaymentMethod.Online };

        var attempts = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => shop.PlaceAsync(draft))));

        Assert.Single(attempts.Select(a => a.Id).Distinct());
        Assert.Equal(1, attempts.Count(a => a.Created));
        await using var db = await shop.Host.NewContextAsync();
        Assert.Equal(1, await db.Set<Order>().CountAsync());
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task An_order_with_missing_data_is_refused_field_by_field(DatabaseProvider provider)
    {
        await using var shop = await OrderFixture.StartAsync(provider);

        var result = await shop.Orders.PlaceAsync(new OrderDraft
        {
            Channel = OrderChannel.Store,
            Lines = [new OrderLineDraft(shop.Reel.Id, 0), new OrderLineDraft(999_999, 1)],
        });

        var fields = result.Error!.Fields!;
        Assert.Equal(["CustomerName", "Lines[0].Quantity", "Lines[1].ProductId", "Street"], fields.Keys.Order());
        await using var db = await shop.Host.NewContextAsync();
        Assert.Equal(0, await db.Set<Order>().CountAsync());
    }
}
