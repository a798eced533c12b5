using ShopCrm.Catalog.Domain;
using ShopCrm.Catalog.Services;
using ShopCrm.Catalog.Services.Structure;
using ShopCrm.Core.Data;
using ShopCrm.Tests.Infrastructure;

namespace ShopCrm.Tests.Catalog;

public sealed class CategorySpecificationsTests
{
    [Fact]
    public async Task A_subcategory_inherits_its_ancestors_specifications_root_first()
    {
        await using var host = await CoreHost.StartAsync(DatabaseProvider.Sqlite);
        var rods = await CatalogTestData.CategoryAsync(host, "Wędki");
        var spinning = await CatalogTestData.CategoryAsync(host, "Wędki spinningowe", rods);
        var reels = await CatalogTestData.CategoryAsync(host, "Kołowrotki");
        await CatalogTestData.AddAsync(host, new SpecificationDefinition { CategoryId = spinning.Id, Name = "Ciężar wyrzutu", Kind = SpecificationKind.Number, Unit = "g" });
        await CatalogTestData.AddAsync(host, new SpecificationDefinition { CategoryId = rods.Id, Name = "Długość", Kind = SpecificationKind.Number, Unit = "m", IsRequired = true });
        await CatalogTestData.AddAsync(host, new SpecificationDefinition { CategoryId = reels.Id, Name = "Rozmiar", Kind = SpecificationKind.Number });

        await using var db = await host.NewContextAsync();
        var definitions = await CategorySpecifications.ForCategoryAsync(db, spinning.Id);

        Assert.Equal(["Długość", "Ciężar wyrzutu"], definitions.Select(d => d.Name));
    }
}
