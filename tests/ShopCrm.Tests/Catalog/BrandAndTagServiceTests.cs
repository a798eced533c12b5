using ShopCrm.Catalog.Domain;
using ShopCrm.Catalog.Services;
using ShopCrm.Catalog.Services.Structure;
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

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_model_is_rated_on_its_category_lineage_and_its_tags_each_name_once(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        var ratings = host.Get<RatingParameterService>();
        var rods = await CatalogTestData.CategoryAsync(host, "Wędki");
        var spinning = await CatalogTestData.CategoryAsync(host, "Wędki spinningowe", rods);
        var pike = (await host.Get<TagService>().SaveTagAsync(new Tag { Name = "Szczupak" })).Value!;
        var model = await CatalogTestData.AddAsync(host, CatalogTestData.Product("JX-240", spinning, 34900));
        var untagged = await CatalogTestData.AddAsync(host, CatalogTestData.Product("JX-270", spinning, 36900));
        await CatalogTestData.AddAsync(host, new ProductTag { ProductId = model.Id, TagId = pike.Id });
        await ratings.AddAsync("Jakość wykonania", rods.Id, null);
        await ratings.AddAsync("Czułość szczytówki", spinning.Id, null);
        await ratings.AddAsync("Skuteczność na szczupaka", null, pike.Id);
        await ratings.AddAsync("jakość wykonania", null, pike.Id);

        var scored = await ratings.ForProductAsync(model.Id);

        Assert.Equal(
            [("Jakość wykonania", "category Wędki"), ("Czułość szczytówki", "category Wędki spinningowe"), ("Skuteczność na szczupaka", "tag Szczupak")],
            scored.Select(r => (r.Name, r.Source)));
        Assert.Equal(["Jakość wykonania", "Czułość szczytówki"], (await ratings.ForProductAsync(untagged.Id)).Select(r => r.Name));
        Assert.Equal("Name", (await ratings.AddAsync("  ", null, pike.Id)).Error?.Field);
    }
}
