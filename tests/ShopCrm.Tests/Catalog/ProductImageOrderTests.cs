using ShopCrm.Catalog.Domain;
using ShopCrm.Catalog.Services;
using ShopCrm.Catalog.Services.Images;
using ShopCrm.Core.Data;
using ShopCrm.Tests.Infrastructure;

namespace ShopCrm.Tests.Catalog;

public sealed class ProductImageOrderTests
{
    private static async Task<(int ProductId, int[] Images)> CardWithThreePicturesAsync(CoreHost host)
    {
        var category = await CatalogTestData.CategoryAsync(host, "Kołowrotki");
        var product = await CatalogTestData.AddAsync(host, CatalogTestData.Product("KOL-3000", category, 29_900, name: "Kołowrotek Shimano Sienna 3000"));
        var images = host.Get<ProductImageService>();
        var ids = new List<int>();
        foreach (var name in new[] { "przod.png", "bok.png", "szpula.png" })
        {
            ids.Add((await images.AddAsync(product.Id, name, new MemoryStream(TestImages.Png))).Value!.Id);
        }

        return (product.Id, [.. ids]);
    }

    private static async Task<string[]> OrderAsync(CoreHost host, int productId)
    {
        await using var db = await host.NewContextAsync();
        return [.. (await ProductImageService.OfProductAsync(db, productId)).Select(i => i.FileName)];
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_picture_made_main_stays_first_and_a_move_from_a_stale_view_changes_nothing(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        var (productId, images) = await CardWithThreePicturesAsync(host);
        var (front, side, spool) = (images[0], images[1], images[2]);
        var service = host.Get<ProductImageService>();

        var madeMain = await service.ReorderAsync(productId, [front, side, spool], [spool, front, side]);
        var stale = await service.ReorderAsync(productId, [front, side, spool], [side, front, spool]);
        var incomplete = await service.ReorderAsync(productId, [spool, front, side], [spool, front]);

        Assert.True(madeMain.Succeeded);
        Assert.Equal(["szpula.png", "przod.png", "bok.png"], await OrderAsync(host, productId));
        Assert.True(stale.IsConflict);
        Assert.Equal("order", incomplete.Error!.Field);

        var movedRight = await service.ReorderAsync(productId, [spool, front, side], [spool, side, front]);

        Assert.True(movedRight.Succeeded);
        Assert.Equal(["szpula.png", "bok.png", "przod.png"], await OrderAsync(host, productId));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Two_people_moving_pictures_at_once_one_is_told_of_the_conflict_and_the_other_order_stands(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        var (productId, images) = await CardWithThreePicturesAsync(host);
        var service = host.Get<ProductImageService>();
        int[] wantedByFirst = [images[2], images[0], images[1]];
        int[] wantedBySecond = [images[1], images[0], images[2]];

        var results = await Task.WhenAll(
            Task.Run(() => service.ReorderAsync(productId, images, wantedByFirst)),
            Task.Run(() => service.ReorderAsync(productId, images, wantedBySecond)));

        Assert.Single(results, r => r.Succeeded);
        Assert.Single(results, r => r.IsConflict);
        var winner = results[0].Succeeded ? wantedByFirst : wantedBySecond;
        await using var db = await host.NewContextAsync();
        Assert.Equal(winner, (await ProductImageService.OfProductAsync(db, productId)).Select(i => i.Id));
    }
}
