using ShopCrm.Catalog.Domain;
using ShopCrm.Catalog.Services;
using ShopCrm.Core.Data;
using ShopCrm.Tests.Infrastructure;

namespace ShopCrm.Tests.Catalog;

public sealed class BrandAndTagServiceTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Brands_series_tags_and_interests_refuse_duplicate_names_and_deletes_in_use(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        var brands = host.Get<BrandService>();
        var tags = host.Get<TagService>();
        var shimano = (await brands.SaveBrandAsync(new Brand { Name = "Shimano" })).Value!;
        var daiwa = (await brands.SaveBrandAsync(new Brand { Name = "Daiwa" })).Value!;
        var stradic = (await brands.SaveSeriesAsync(new ProductSeries { BrandId = shimano.Id, Name = "Stradic" })).Value!;
        var pike = (await tags.SaveTagAsync(new Tag { Name = "Szczupak", Synonyms = "zębaty, ZĘBATY ,  esox", IsFrequentSearch = true })).Value!;
        var rods = await CatalogTestData.CategoryAsync(host, "Wędki");
        var model = CatalogTestData.Product("ROD-1", rods, 19900, shimano);
        model.SeriesId = stradic.Id;
        model = await CatalogTestData.AddAsync(host, model);
        await CatalogTestData.AddAsync(host, new ProductTag { ProductId = model.Id, TagId = pike.Id });

        Assert.Equal("zębaty, esox", pike.Synonyms);
        Assert.Equal("duplicate", (await brands.SaveBrandAsync(new Brand { Name = "SHIMANO" })).Error?.Code);
        Assert.Equal("duplicate", (await brands.SaveBrandAsync(new Brand { Id = daiwa.Id, Name = "Shimano" })).Error?.Code);
        Assert.Equal("duplicate", (await brands.SaveSeriesAsync(new ProductSeries { BrandId = shimano.Id, Name = "stradic" })).Error?.Code);
        Assert.True((await brands.SaveSeriesAsync(new ProductSeries { BrandId = daiwa.Id, Name = "Stradic" })).Succeeded);
        Assert.Equal("Brand", (await brands.SaveSeriesAsync(new ProductSeries { Name = "Ninja" })).Error?.Field);
        Assert.Equal("in-use", (await brands.DeleteBrandAsync(shimano.Id)).Error?.Code);
        Assert.Equal("in-use", (await brands.DeleteSeriesAsync(stradic.Id)).Error?.Code);
        Assert.Equal("duplicate", (await tags.SaveTagAsync(new Tag { Name = "szczupak" })).Error?.Code);
        Assert.Equal("in-use", (await tags.DeleteTagAsync(pike.Id)).Error?.Code);
        Assert.True((await tags.SaveInterestAsync(new Interest { Name = "Spinning", TagId = pike.Id })).Succeeded);
        Assert.Equal("duplicate", (await tags.SaveInterestAsync(new Interest { Name = "spinning" })).Error?.Code);

        var ratings = host.Get<RatingParameterService>();
        Assert.True((await ratings.AddAsync("Czułość szczytówki", rods.Id, null)).Succeeded);
        Assert.Equal("duplicate", (await ratings.AddAsync("czułość szczytówki", rods.Id, null)).Error?.Code);
        Assert.Equal("Target", (await ratings.AddAsync("Jakość", rods.Id, pike.Id)).Error?.Field);
        Assert.True((await ratings.AddAsync("Czułość szczytówki", null, pike.Id)).Succeeded);
    }
}
