using ShopCrm.Catalog.Contracts;
using ShopCrm.Catalog.Domain;
using ShopCrm.Catalog.Services;
using ShopCrm.Catalog.Services.Stock;
using ShopCrm.Core.Data;
using ShopCrm.Tests.Infrastructure;

namespace ShopCrm.Tests.Catalog.Stock;

public sealed class StockServiceTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task An_adjustment_never_takes_stock_below_zero_or_below_what_is_reserved(DatabaseProvider provider)
    {
        var stock = await StockFixture.StartAsync(provider);
        await using var _ = stock.Host;
        var service = stock.Host.Get<StockService>();
        await service.ReceiveAsync(stock.Product.Id, stock.Warehouse.Id, 5, null, "PZ/2026/00001");
        await stock.Host.Get<IStockReservations>().ReserveAsync("ZAM-1/1", stock.Product.Id, 2);

        Assert.Equal(StockError.BelowReserved, (await service.AdjustAsync(stock.Product.Id, stock.Warehouse.Id, -4, "Inwentaryzacja")).Error);
        Assert.Equal(StockError.BelowReserved, (await service.AdjustAsync(stock.Product.Id, stock.Warehouse.Id, -9, "Inwentaryzacja")).Error);
        Assert.Equal((5, 2, 5, 2), await stock.StateAsync());

        Assert.Equal(2, (await service.AdjustAsync(stock.Product.Id, stock.Warehouse.Id, -3, "Uszkodzone w transporcie")).Value);
        Assert.Equal(3, (await service.ReturnAsync(stock.Product.Id, stock.Warehouse.Id, 1, "Zwrot od klienta", "ZAM-1", null)).Value);
        Assert.Equal((3, 2, 3, 2), await stock.StateAsync());
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_return_repeated_with_the_same_key_adds_its_units_to_stock_once(DatabaseProvider provider)
    {
        var stock = await StockFixture.StartAsync(provider);
        await using var _ = stock.Host;
        var service = stock.Host.Get<StockService>();
        await service.ReceiveAsync(stock.Product.Id, stock.Warehouse.Id, 5, null, "PZ/2026/00001");

        Assert.Equal(7, (await service.ReturnAsync(stock.Product.Id, stock.Warehouse.Id, 2, "Zwrot", "ZAM/2026/00001", "ZAM/2026/00001/R1#1")).Value);
        Assert.Equal(7, (await service.ReturnAsync(stock.Product.Id, stock.Warehouse.Id, 2, "Zwrot", "ZAM/2026/00001", "ZAM/2026/00001/R1#1")).Value);
        var atOnce = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ =>
            service.ReturnAsync(stock.Product.Id, stock.Warehouse.Id, 1, "Zwrot", "ZAM/2026/00001", "ZAM/2026/00001/R2#1")));
        Assert.All(atOnce, r => Assert.Equal(8, r.Value));
        Assert.Equal(9, (await service.ReturnAsync(stock.Product.Id, stock.Warehouse.Id, 1, "Zwrot", "ZAM/2026/00001", "ZAM/2026/00001/R3#1")).Value);

        Assert.Equal((9, 0, 9, 0), await stock.StateAsync());
        Assert.Empty(await stock.Host.Get<StockLedgerCheck>().FindDriftAsync());
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_transfer_moves_only_what_is_free_and_writes_both_ledger_rows(DatabaseProvider provider)
    {
        var stock = await StockFixture.StartAsync(provider);
        await using var _ = stock.Host;
        var shop = await CatalogTestData.AddAsync(stock.Host, new Warehouse { Code = "SKLEP", Name = "Sklep Kraków" });
        var service = stock.Host.Get<StockService>();
        await service.ReceiveAsync(stock.Product.Id, stock.Warehouse.Id, 6, null, null);
        await stock.Host.Get<IStockReservations>().ReserveAsync("ZAM-1/1", stock.Product.Id, 4, stock.Warehouse.Id);

        Assert.Equal(StockError.NotEnough, (await service.TransferAsync(stock.Product.Id, stock.Warehouse.Id, shop.Id, 3, null)).Error);
        Assert.Equal(2, (await service.TransferAsync(stock.Product.Id, stock.Warehouse.Id, shop.Id, 2, "Na półkę w sklepie")).Value);

        Assert.Equal((4, 4, 4, 4), await stock.StateAsync());
        Assert.Equal((2, 0, 2, 0), await stock.StateAsync(shop));
        Assert.Empty(await stock.Host.Get<StockLedgerCheck>().FindDriftAsync());
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task The_ledger_check_finds_a_row_changed_behind_the_ledgers_back(DatabaseProvider provider)
    {
        var stock = await StockFixture.StartAsync(provider);
        await using var _ = stock.Host;
        await stock.Host.Get<StockService>().ReceiveAsync(stock.Product.Id, stock.Warehouse.Id, 6, null, null);
        await using (var db = await stock.Host.NewContextAsync())
        {
            var row = await db.Set<ProductStock>().FindAsync(stock.Product.Id, stock.Warehouse.Id);
            row!.OnHand = 8;
            await db.SaveChangesAsync();
        }

        var drift = Assert.Single(await stock.Host.Get<StockLedgerCheck>().FindDriftAsync());
        Assert.Equal(("KOL-3000", 8, 6), (drift.Sku, drift.CachedOnHand, drift.LedgerOnHand));
    }
}
