using Microsoft.EntityFrameworkCore;
using ShopCrm.Catalog.Contracts;
using ShopCrm.Catalog.Services.Stock;
using ShopCrm.Catalog.Services.Structure;
using ShopCrm.Core.Data;
using ShopCrm.Tests.Catalog.Stock;
using ShopCrm.Tests.Infrastructure;

namespace ShopCrm.Tests.Catalog;

public sealed class CatalogContractsTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_category_subtree_holds_the_category_and_all_below_it_and_nothing_beside_it(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        var categories = host.Get<CategoryService>();
        var rods = (await categories.AddAsync(null, "Wędki")).Value!;
        var spinning = (await categories.AddAsync(rods.Id, "Wędki spinningowe")).Value!;
        var ultralight = (await categories.AddAsync(spinning.Id, "Ultralight")).Value!;
        var feeder = (await categories.AddAsync(rods.Id, "Wędki feederowe")).Value!;
        var reels = (await categories.AddAsync(null, "Kołowrotki")).Value!;
        var tree = host.Get<ICategoryTree>();
        await using var db = await host.NewContextAsync();

        Assert.Equal(new[] { rods.Id, spinning.Id, ultralight.Id, feeder.Id }.Order(), (await tree.SubtreeIds(db, rods.Id).ToListAsync()).Order());
        Assert.Equal(new[] { spinning.Id, ultralight.Id, reels.Id }.Order(), (await tree.SubtreeIds(db, [spinning.Id, reels.Id]).ToListAsync()).Order());
        Assert.Empty(await tree.SubtreeIds(db, []).ToListAsync());
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Free_stock_is_what_is_on_hand_and_not_held_for_an_order(DatabaseProvider provider)
    {
        var stock = await StockFixture.StartAsync(provider);
        await using var _ = stock.Host;
        var empty = await CatalogTestData.AddAsync(stock.Host, CatalogTestData.Product("KOL-4000", await CatalogTestData.CategoryAsync(stock.Host, "Przynęty"), 44900));
        Assert.True((await stock.Host.Get<StockService>().ReceiveAsync(stock.Product.Id, stock.Warehouse.Id, 10, "Dostawa", null)).Succeeded);
        Assert.True((await stock.Host.Get<IStockReservations>().ReserveAsync("ZAM-1#1", stock.Product.Id, 3)).Succeeded);
        var availability = stock.Host.Get<IStockAvailability>();

        var byModel = await availability.FreeByModelAsync([stock.Product.Id, empty.Id]);
        var byWarehouse = await availability.FreeByWarehouseAsync([stock.Product.Id, empty.Id]);

        Assert.Equal(new Dictionary<int, int> { [stock.Product.Id] = 7 }, byModel);
        Assert.Equal([new FreeStock(stock.Product.Id, stock.Warehouse.Id, "MAG", 7)], byWarehouse);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Reservation_keys_under_a_prefix_include_released_ones_and_no_other_order(DatabaseProvider provider)
    {
        var stock = await StockFixture.StartAsync(provider);
        await using var _ = stock.Host;
        Assert.True((await stock.Host.Get<StockService>().ReceiveAsync(stock.Product.Id, stock.Warehouse.Id, 10, "Dostawa", null)).Succeeded);
        var reservations = stock.Host.Get<IStockReservations>();
        Assert.True((await reservations.ReserveAsync("ZAM-1#1", stock.Product.Id, 1)).Succeeded);
        Assert.True((await reservations.ReserveAsync("ZAM-1#2", stock.Product.Id, 1)).Succeeded);
        Assert.True((await reservations.ReserveAsync("ZAM-10#1", stock.Product.Id, 1)).Succeeded);
        Assert.True((await reservations.ReleaseAsync("ZAM-1#2")).Succeeded);

        Assert.Equal(["ZAM-1#1", "ZAM-1#2"], (await reservations.KeysStartingWithAsync("ZAM-1#")).Order());
    }
}
