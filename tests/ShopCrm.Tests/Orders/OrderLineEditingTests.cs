using Microsoft.EntityFrameworkCore;
using ShopCrm.Core.Auditing;
using ShopCrm.Core.Data;
using ShopCrm.Orders.Domain;
using ShopCrm.Orders.Services;
using ShopCrm.Orders.Services.Documents;
using ShopCrm.Tests.Infrastructure;

namespace ShopCrm.Tests.Orders;

public sealed class OrderLineEditingTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Changing_the_lines_of_a_new_order_reprices_it_audits_it_and_shows_it_on_the_timeline(DatabaseProvider provider)
    {
        await using var shop = await OrderFixture.StartAsync(provider);
        var placed = await shop.PlaceAsync(shop.Draft(new OrderLineDraft(shop.Reel.Id, 1)));
        var reel = Assert.Single((await shop.LoadAsync(placed.Id)).Lines);

        var changed = await Editor(shop).ChangeLinesAsync(placed.Id, placed.Version, [new(reel.Id, shop.Reel.Id, 2), new(null, shop.Line.Id, 3)]);

        Assert.True(changed.Succeeded, changed.Error?.Message);
        var order = await shop.LoadAsync(placed.Id);
        Assert.Equal(placed.Version + 1, changed.Value);
        Assert.Equal((26000L, 5980L, 31980L, 31980L), (order.NetMinor, order.VatMinor, order.GrossMinor, order.PayableMinor));
        Assert.Equal([("KOL-3000", 2), ("PLE-020", 3)], order.Lines.Select(l => (l.Sku, l.Quantity)));
        Assert.Equal(order.GrossMinor, order.Lines.Sum(l => l.GrossMinor));
        var timeline = (await shop.ChangesAsync(placed.Id))[^1];
        Assert.Equal((OrderStatus.New, OrderStatus.New), (timeline.From, timeline.To));
        Assert.Equal("Lines changed: KOL-3000 × 2, PLE-020 × 3", timeline.Note);
        await using var db = await shop.Host.NewContextAsync();
        var audit = await db.Set<AuditEntry>().AsNoTracking().Where(a => a.EntityType == nameof(Order) && a.EntityKey == placed.Id.ToString()).ToListAsync();
        Assert.Contains(audit, a => a.Changes.Contains("KOL-3000 × 1", StringComparison.Ordinal) && a.Changes.Contains("PLE-020 × 3", StringComparison.Ordinal));
        Assert.Contains(audit, a => a.Changes.Contains("\"GrossMinor\"", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task The_second_of_two_editors_of_the_lines_gets_a_conflict_and_overwrites_nothing(DatabaseProvider provider)
    {
        await using var shop = await OrderFixture.StartAsync(provider);
        var placed = await shop.PlaceAsync(shop.Draft(new OrderLineDraft(shop.Reel.Id, 1)));
        var reel = Assert.Single((await shop.LoadAsync(placed.Id)).Lines);

        var first = await Editor(shop).ChangeLinesAsync(placed.Id, placed.Version, [new(reel.Id, shop.Reel.Id, 4)]);
        var second = await Editor(shop).ChangeLinesAsync(placed.Id, placed.Version, [new(reel.Id, shop.Reel.Id, 1), new(null, shop.Line.Id, 1)]);

        Assert.True(first.Succeeded);
        Assert.Equal(OrderError.Conflict, second.Error);
        var order = await shop.LoadAsync(placed.Id);
        Assert.Equal([("KOL-3000", 4)], order.Lines.Select(l => (l.Sku, l.Quantity)));
        Assert.Equal(49200L, order.GrossMinor);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Changing_a_confirmed_order_moves_its_stock_holds_and_refuses_what_is_not_in_stock(DatabaseProvider provider)
    {
        await using var shop = await OrderFixture.StartAsync(provider, reelsInStock: 3);
        var placed = await shop.PlaceAsync(shop.Draft(new OrderLineDraft(shop.Reel.Id, 3)));
        var version = await shop.MoveAsync(placed.Id, OrderStatus.Confirmed);
        Assert.Equal((3, 3), await shop.StockAsync(shop.Reel));

        var reel = Assert.Single((await shop.LoadAsync(placed.Id)).Lines);
        var fewer = await Editor(shop).ChangeLinesAsync(placed.Id, version, [new(reel.Id, shop.Reel.Id, 2), new(null, shop.Line.Id, 5)]);
        Assert.True(fewer.Succeeded, fewer.Error?.Message);
        Assert.Equal((3, 2), await shop.StockAsync(shop.Reel));
        Assert.Equal((100, 5), await shop.StockAsync(shop.Line));

        var order = await shop.LoadAsync(placed.Id);
        Assert.All(order.Lines, l => Assert.NotNull(l.WarehouseId));
        var tooMany = await Editor(shop).ChangeLinesAsync(
            placed.Id, fewer.Value, order.Lines.Select(l => new OrderLineChange(l.Id, l.ProductId, l.ProductId == shop.Reel.Id ? 4 : l.Quantity)).ToList());
        Assert.Equal("no-stock", tooMany.Error?.Code);
        Assert.Contains("Lines[0].Quantity", tooMany.Error!.Fields!.Keys);
        Assert.Equal((3, 2), await shop.StockAsync(shop.Reel));
        Assert.Equal(fewer.Value, (await shop.LoadAsync(placed.Id)).Version);

        await shop.MoveAsync(placed.Id, OrderStatus.Cancelled);
        Assert.Equal((3, 0), await shop.StockAsync(shop.Reel));
        Assert.Equal((100, 0), await shop.StockAsync(shop.Line));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_confirmation_that_failed_on_one_line_reserves_every_line_when_retried_after_the_fix(DatabaseProvider provider)
    {
        await using var shop = await OrderFixture.StartAsync(provider, reelsInStock: 1, linesInStock: 10);
        var placed = await shop.PlaceAsync(shop.Draft(new OrderLineDraft(shop.Reel.Id, 1), new OrderLineDraft(shop.Line.Id, 20)));
        var failed = await shop.Workflow.ChangeStatusAsync(new OrderStatusRequest(placed.Id, placed.Version, OrderStatus.Confirmed));
        Assert.Equal("no-stock", failed.Error?.Code);
        Assert.Equal((1, 0), await shop.StockAsync(shop.Reel));

        var lines = (await shop.LoadAsync(placed.Id)).Lines;
        var fixedLines = await Editor(shop).ChangeLinesAsync(placed.Id, placed.Version, lines.Select(l => new OrderLineChange(l.Id, l.ProductId, l.ProductId == shop.Line.Id ? 10 : l.Quantity)).ToList());
        Assert.True(fixedLines.Succeeded, fixedLines.Error?.Message);
        await shop.MoveAsync(placed.Id, OrderStatus.Confirmed);

        Assert.Equal((1, 1), await shop.StockAsync(shop.Reel));
        Assert.Equal((10, 10), await shop.StockAsync(shop.Line));
        Assert.Equal([1, 3], (await shop.LoadAsync(placed.Id)).Lines.Select(l => l.Position));
    }

    [Fact]
    public async Task The_lines_of_a_paid_order_cannot_be_changed()
    {
        await using var shop = await OrderFixture.StartAsync(DatabaseProvider.Sqlite);
        var placed = await shop.PlaceAsync(shop.Draft(new OrderLineDraft(shop.Reel.Id, 1)) with { PaymentMethod = PaymentMethod.Online });
        await shop.MoveAsync(placed.Id, OrderStatus.Confirmed);
        var version = await shop.MoveAsync(placed.Id, OrderStatus.Paid);
        var reel = Assert.Single((await shop.LoadAsync(placed.Id)).Lines);

        var changed = await Editor(shop).ChangeLinesAsync(placed.Id, version, [new(reel.Id, shop.Reel.Id, 2)]);

        Assert.Equal("lines-locked", changed.Error?.Code);
        Assert.Equal(1, Assert.Single((await shop.LoadAsync(placed.Id)).Lines).Quantity);
    }

    [Fact]
    public async Task The_lines_of_an_invoiced_order_stay_as_they_were_printed()
    {
        await using var shop = await OrderFixture.StartAsync(DatabaseProvider.Sqlite);
        var placed = await shop.PlaceAsync(shop.Draft(new OrderLineDraft(shop.Reel.Id, 1)));
        var version = await shop.MoveAsync(placed.Id, OrderStatus.Confirmed);
        var issued = await shop.Host.Get<OrderDocuments>().IssueAsync(placed.Id, OrderDocumentType.Invoice);
        Assert.True(issued.Succeeded, issued.Error?.Message);
        var reel = Assert.Single((await shop.LoadAsync(placed.Id)).Lines);

        var changed = await Editor(shop).ChangeLinesAsync(placed.Id, version, [new(reel.Id, shop.Reel.Id, 2)]);

        Assert.Equal("lines-locked", changed.Error?.Code);
        Assert.Equal(1, Assert.Single((await shop.LoadAsync(placed.Id)).Lines).Quantity);
    }

    private static OrderLineEditor Editor(OrderFixture shop) => shop.Host.Get<OrderLineEditor>();
}
