using Microsoft.EntityFrameworkCore;
using ShopCrm.Catalog.Contracts;
using ShopCrm.Catalog.Domain;
using ShopCrm.Catalog.Services;
using ShopCrm.Catalog.Services.Stock;
using ShopCrm.Core.Data;
using ShopCrm.Tests.Infrastructure;

namespace ShopCrm.Tests.Catalog.Stock;

public sealed class StockReservationTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Fifty_orders_at_once_for_the_last_ten_units_exactly_ten_get_one(DatabaseProvider provider)
    {
        var stock = await StockFixture.StartAsync(provider);
        await using var _ = stock.Host;
        Assert.True((await stock.Host.Get<StockService>().ReceiveAsync(stock.Product.Id, stock.Warehouse.Id, 10, "Dostawa", null)).Succeeded);
        var reservations = stock.Host.Get<IStockReservations>();

        var results = await Task.WhenAll(Enumerable.Range(1, 50)
            .Select(i => Task.Run(() => reservations.ReserveAsync($"ZAM-{i}/1", stock.Product.Id, 1))));

        Assert.Equal(10, results.Count(r => r.Succeeded));
        Assert.All(results.Where(r => !r.Succeeded), r => Assert.Equal(StockError.NotEnough, r.Error));
        Assert.Equal((10, 10, 10, 10), await stock.StateAsync());
        await using var db = await stock.Host.NewContextAsync();
        Assert.Equal(10, await db.Set<StockReservation>().CountAsync());
        Assert.Empty(await stock.Host.Get<StockLedgerCheck>().FindDriftAsync());
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Reserving_again_for_the_same_order_line_takes_nothing_more(DatabaseProvider provider)
    {
        var stock = await StockFixture.StartAsync(provider);
        await using var _ = stock.Host;
        await stock.Host.Get<StockService>().ReceiveAsync(stock.Product.Id, stock.Warehouse.Id, 10, null, null);
        var reservations = stock.Host.Get<IStockReservations>();

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => reservations.ReserveAsync("ZAM-7/1", stock.Product.Id, 3))));

        Assert.All(results, r => Assert.True(r.Succeeded));
        Assert.Single(results.Select(r => r.Value!.Id).Distinct());
        Assert.Equal((10, 3, 10, 3), await stock.StateAsync());
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Release_gives_the_units_back_and_commit_sells_them_each_once(DatabaseProvider provider)
    {
        var stock = await StockFixture.StartAsync(provider);
        await using var _ = stock.Host;
        await stock.Host.Get<StockService>().ReceiveAsync(stock.Product.Id, stock.Warehouse.Id, 10, null, null);
        var reservations = stock.Host.Get<IStockReservations>();
        var before = await ProductUpdatedAtAsync(stock);

        Assert.True((await reservations.ReserveAsync("ZAM-1/1", stock.Product.Id, 4)).Succeeded);
        Assert.True((await reservations.ReserveAsync("ZAM-2/1", stock.Product.Id, 5)).Succeeded);
        Assert.True(await ProductUpdatedAtAsync(stock) > before);
        Assert.False((await reservations.ReserveAsync("ZAM-3/1", stock.Product.Id, 2)).Succeeded);

        Assert.True((await reservations.ReleaseAsync("ZAM-1/1")).Succeeded);
        Assert.True((await reservations.ReleaseAsync("ZAM-1/1")).Succeeded);
        Assert.Equal((10, 5, 10, 5), await stock.StateAsync());

        var committed = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => reservations.CommitAsync("ZAM-2/1"))));
        Assert.All(committed, r => Assert.Equal(StockReservationStatus.Committed, r.Value!.Status));
        Assert.Equal((5, 0, 5, 0), await stock.StateAsync());

        Assert.Equal(StockError.NoReservation, (await reservations.CommitAsync("ZAM-9/1")).Error);
        Assert.Equal("wrong-state", (await reservations.CommitAsync("ZAM-1/1")).Error!.Code);
        Assert.Equal(StockError.NotEnough, (await reservations.ReserveAsync("ZAM-3/2", stock.Product.Id, 6)).Error);
        Assert.True((await reservations.ReserveAsync("ZAM-3/3", stock.Product.Id, 5)).Succeeded);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Without_a_warehouse_the_default_is_used_else_the_one_with_most_available(DatabaseProvider provider)
    {
        var stock = await StockFixture.StartAsync(provider);
        await using var _ = stock.Host;
        var branch = await CatalogTestData.AddAsync(stock.Host, new Warehouse { Code = "SKLEP", Name = "Sklep Kraków" });
        var service = stock.Host.Get<StockService>();
        await service.ReceiveAsync(stock.Product.Id, stock.Warehouse.Id, 2, null, null);
        await service.ReceiveAsync(stock.Product.Id, branch.Id, 6, null, null);
        var reservations = stock.Host.Get<IStockReservations>();

        Assert.Equal(stock.Warehouse.Id, (await reservations.ReserveAsync("ZAM-1/1", stock.Product.Id, 2)).Value!.WarehouseId);
        Assert.Equal(branch.Id, (await reservations.ReserveAsync("ZAM-2/1", stock.Product.Id, 1)).Value!.WarehouseId);
    }

    private static async Task<DateTime> ProductUpdatedAtAsync(StockFixture stock)
    {
        await using var db = await stock.Host.NewContextAsync();
        return await db.Set<Product>().Where(p => p.Id == stock.Product.Id).Select(p => p.UpdatedAt).SingleAsync();
    }
}
