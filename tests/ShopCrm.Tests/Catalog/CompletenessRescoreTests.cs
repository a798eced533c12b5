using Microsoft.EntityFrameworkCore;
using ShopCrm.Catalog.Domain;
using ShopCrm.Catalog.Services;
using ShopCrm.Catalog.Services.Completeness;
using ShopCrm.Catalog.Services.Products;
using ShopCrm.Core.Data;
using ShopCrm.Tests.Infrastructure;

namespace ShopCrm.Tests.Catalog;

public sealed class CompletenessRescoreTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Changing_a_categorys_rule_rescores_the_cards_below_it_and_only_those(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        var rods = await CatalogTestData.CategoryAsync(host, "Wędki");
        var spinning = await CatalogTestData.CategoryAsync(host, "Wędki spinningowe", rods);
        var reels = await CatalogTestData.CategoryAsync(host, "Kołowrotki");
        var products = host.Get<ProductService>();
        var rod = (await products.CreateAsync(new ProductInput { Sku = "WED-1", Name = "Wędka Jaxon Grey Stream 2,40 m", CategoryId = spinning.Id, NetPriceMinor = 15_000, Description = "Lekka wędka na okonia." })).Value!;
        var reel = (await products.CreateAsync(new ProductInput { Sku = "KOL-1", Name = "Kołowrotek Shimano Sienna 2500", CategoryId = reels.Id, NetPriceMinor = 20_000, Description = "Niezawodny." })).Value!;
        Assert.Equal("1 image; supplier", rod.MissingParts);

        // The rods need neither pictures nor a supplier any more.
        var saved = await host.Get<CompletenessRuleService>().SaveAsync(new CompletenessRule
        {
            CategoryId = rods.Id, RequireDescription = true, MinimumImages = 0, RequireSpecifications = true, RequirePrice = true, RequireSupplier = false,
        });

        Assert.True(saved.Succeeded);
        await using var db = await host.NewContextAsync();
        var scores = await db.Set<Product>().OrderBy(p => p.Sku).Select(p => new { p.Sku, p.Completeness, p.MissingParts }).ToListAsync();
        Assert.Equal(("KOL-1", reel.Completeness, reel.MissingParts), (scores[0].Sku, scores[0].Completeness, scores[0].MissingParts));
        Assert.Equal(("WED-1", 100, (string?)null), (scores[1].Sku, scores[1].Completeness, scores[1].MissingParts));
    }
}
