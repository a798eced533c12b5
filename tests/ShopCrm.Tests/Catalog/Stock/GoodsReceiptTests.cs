using Microsoft.EntityFrameworkCore;
using ShopCrm.Catalog.Domain;
using ShopCrm.Catalog.Services;
using ShopCrm.Catalog.Services.Stock;
using ShopCrm.Core.Data;
using ShopCrm.Core.Time;
using ShopCrm.Tests.Infrastructure;

namespace ShopCrm.Tests.Catalog.Stock;

public sealed class GoodsReceiptTests
{
    // Receipts are numbered per year: mid-June keeps the expected series away from the turn of the year.
    private static readonly DateTimeOffset MidJune = new(2026, 6, 15, 10, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Posting_a_receipt_raises_stock_once_and_numbers_it(DatabaseProvider provider)
    {
        var stock = await StockFixture.StartAsync(provider, new ManualClock(MidJune));
        await using var _ = stock.Host;
        var receipts = stock.Host.Get<GoodsReceiptService>();
        var id = (await receipts.CreateDraftAsync(new GoodsReceiptHeader(stock.Supplier.Id, stock.Warehouse.Id, "FV 123/11/2026", null))).Value;
        var version = (await receipts.AddLineAsync(id, 0, stock.Product.Id, 12, 21000)).Value;
        version = (await receipts.AddLineAsync(id, version, stock.Product.Id, 3, 21000)).Value;
        Assert.Equal(0, (await stock.StateAsync()).OnHand);

        var posted = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(() => receipts.PostAsync(id, version))));

        var year = stock.Host.Get<ShopClock>().LocalToday.Year;
        Assert.All(posted, r => Assert.Equal($"PZ/{year}/00001", r.Value));
        Assert.Equal((15, 0, 15, 0), await stock.StateAsync());
        Assert.Equal(StockError.NotDraft, (await receipts.AddLineAsync(id, version + 1, stock.Product.Id, 1, null)).Error);
        await using var db = await stock.Host.NewContextAsync();
        Assert.All(await db.Set<StockMovement>().ToListAsync(), m => Assert.Equal((StockMovementType.Receipt, $"PZ/{year}/00001"), (m.Type, m.Document)));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Two_people_editing_one_draft_the_second_gets_a_conflict(DatabaseProvider provider)
    {
        var stock = await StockFixture.StartAsync(provider);
        await using var _ = stock.Host;
        var receipts = stock.Host.Get<GoodsReceiptService>();
        var id = (await receipts.CreateDraftAsync(new GoodsReceiptHeader(stock.Supplier.Id, stock.Warehouse.Id, null, null))).Value;

        var first = await receipts.AddLineAsync(id, 0, stock.Product.Id, 2, null);
        var second = await receipts.UpdateHeaderAsync(id, 0, new GoodsReceiptHeader(stock.Supplier.Id, stock.Warehouse.Id, "WZ 9", null));

        Assert.True(first.Succeeded);
        Assert.Equal(StockError.Conflict, second.Error);
        Assert.Equal(StockError.Conflict, (await receipts.PostAsync(id, 0)).Error);
        Assert.Equal(StockError.InvalidQuantity, (await receipts.AddLineAsync(id, first.Value, stock.Product.Id, 0, null)).Error);
        var line = await LineIdAsync(stock.Host, id);
        var changed = await receipts.ChangeLineAsync(id, first.Value, line, 5, 1990);
        var removed = await receipts.RemoveLineAsync(id, changed.Value, line);
        Assert.True(removed.Succeeded);
        Assert.Equal(StockError.EmptyReceipt, (await receipts.PostAsync(id, removed.Value)).Error);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Twenty_receipts_posted_at_once_get_numbers_1_to_20(DatabaseProvider provider)
    {
        var stock = await StockFixture.StartAsync(provider, new ManualClock(MidJune));
        await using var _ = stock.Host;
        var receipts = stock.Host.Get<GoodsReceiptService>();
        var drafts = new List<(int Id, int Version)>();
        for (var i = 0; i < 20; i++)
        {
            var id = (await receipts.CreateDraftAsync(new GoodsReceiptHeader(stock.Supplier.Id, stock.Warehouse.Id, $"FV {i}", null))).Value;
            drafts.Add((id, (await receipts.AddLineAsync(id, 0, stock.Product.Id, 1, null)).Value));
        }

        var posted = await Task.WhenAll(drafts.Select(d => Task.Run(() => receipts.PostAsync(d.Id, d.Version))));

        var year = stock.Host.Get<ShopClock>().LocalToday.Year;
        Assert.Equal(Enumerable.Range(1, 20).Select(n => $"PZ/{year}/{n:D5}"), posted.Select(r => r.Value!).Order());
        Assert.Equal((20, 0, 20, 0), await stock.StateAsync());
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Receipts_posted_after_23_utc_on_new_years_eve_are_numbered_in_the_new_year_of_the_shop(DatabaseProvider provider)
    {
        // 22:30 UTC on 31 December is 23:30 in Warsaw, still the old year; an hour later it is 00:30 on 1 January.
        var clock = new ManualClock(new DateTimeOffset(2026, 12, 31, 22, 30, 0, TimeSpan.Zero));
        var stock = await StockFixture.StartAsync(provider, clock);
        await using var _ = stock.Host;
        var receipts = stock.Host.Get<GoodsReceiptService>();

        var lastOfTheYear = await PostOneAsync(stock, receipts);
        clock.Advance(TimeSpan.FromHours(1));
        var firstOfTheYear = await PostOneAsync(stock, receipts);

        Assert.Equal(("PZ/2026/00001", "PZ/2027/00001"), (lastOfTheYear, firstOfTheYear));
        Assert.Equal(2027, stock.Host.Get<ShopClock>().LocalToday.Year);
    }

    private static async Task<string?> PostOneAsync(StockFixture stock, GoodsReceiptService receipts)
    {
        var id = (await receipts.CreateDraftAsync(new GoodsReceiptHeader(stock.Supplier.Id, stock.Warehouse.Id, null, null))).Value;
        var version = (await receipts.AddLineAsync(id, 0, stock.Product.Id, 1, null)).Value;
        return (await receipts.PostAsync(id, version)).Value;
    }

    private static async Task<int> LineIdAsync(CoreHost host, int receiptId)
    {
        await using var db = await host.NewContextAsync();
        return await db.Set<GoodsReceiptLine>().Where(l => l.GoodsReceiptId == receiptId).Select(l => l.Id).SingleAsync();
    }
}
