using Microsoft.EntityFrameworkCore;
using ShopCrm.Catalog.Domain;
using ShopCrm.Catalog.Services;
using ShopCrm.Catalog.Services.Completeness;
using ShopCrm.Catalog.Services.Products;
using ShopCrm.Catalog.Services.Structure;
using ShopCrm.Core.Data;
using ShopCrm.Tests.Infrastructure;

namespace ShopCrm.Tests.Catalog;

public sealed class CategoryServiceTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Moving_a_category_rewrites_the_paths_of_its_subtree_and_the_model_list_follows(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        var categories = host.Get<CategoryService>();
        var rods = (await categories.AddAsync(null, "Wędki")).Value!;
        var spinning = (await categories.AddAsync(rods.Id, "Wędki spinningowe")).Value!;
        var ultralight = (await categories.AddAsync(spinning.Id, "Ultralight")).Value!;
        var sale = (await categories.AddAsync(null, "Wyprzedaż")).Value!;
        var model = await CatalogTestData.AddAsync(host, CatalogTestData.Product("UL-1", ultralight, 39900));
        Assert.Equal($"/{rods.Id}/{spinning.Id}/{ultralight.Id}/", ultralight.Path);

        var moved = await categories.MoveAsync(spinning.Id, sale.Id);

        Assert.True(moved.Succeeded, moved.Error?.Message);
        await using var db = await host.NewContextAsync();
        var paths = await db.Set<Category>().ToDictionaryAsync(c => c.Id, c => c.Path);
        Assert.Equal($"/{sale.Id}/{spinning.Id}/", paths[spinning.Id]);
        Assert.Equal($"/{sale.Id}/{spinning.Id}/{ultralight.Id}/", paths[ultralight.Id]);
        Assert.Equal($"/{rods.Id}/", paths[rods.Id]);
        Assert.Equal(sale.Id, await db.Set<Category>().Where(c => c.Id == spinning.Id).Select(c => c.ParentId).SingleAsync());
        Assert.Equal(["UL-1"], await ProductListQuery.Rows(db, new ProductFilter(CategoryId: sale.Id)).Select(r => r.Sku).ToListAsync());
        Assert.Empty(await ProductListQuery.Rows(db, new ProductFilter(CategoryId: rods.Id)).ToListAsync());
        Assert.Equal(model.Id, (await ProductListQuery.Rows(db, new ProductFilter(CategoryId: spinning.Id)).SingleAsync()).Id);

        var underItself = await categories.MoveAsync(sale.Id, ultralight.Id);
        Assert.Equal(("invalid", "Parent"), (underItself.Error?.Code, underItself.Error?.Field));
        Assert.Equal($"/{sale.Id}/", await db.Set<Category>().Where(c => c.Id == sale.Id).Select(c => c.Path).SingleAsync());

        var toTop = await categories.MoveAsync(ultralight.Id, null);
        Assert.True(toTop.Succeeded);
        Assert.Equal($"/{ultralight.Id}/", await db.Set<Category>().Where(c => c.Id == ultralight.Id).Select(c => c.Path).SingleAsync());
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_category_in_use_is_not_deleted_and_names_are_unique_per_level(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        var categories = host.Get<CategoryService>();
        var rods = (await categories.AddAsync(null, "Wędki")).Value!;
        var feeder = (await categories.AddAsync(rods.Id, "Wędki feederowe")).Value!;
        var reels = (await categories.AddAsync(null, "Kołowrotki")).Value!;
        var lines = (await categories.AddAsync(null, "Żyłki")).Value!;
        await CatalogTestData.AddAsync(host, CatalogTestData.Product("REEL-1", reels, 15900));
        await host.Get<SpecificationService>().SaveAsync(new SpecificationDefinition { CategoryId = lines.Id, Name = "Średnica", Kind = SpecificationKind.Number, Unit = "mm" });

        var withChild = await categories.DeleteAsync(rods.Id);
        var withModel = await categories.DeleteAsync(reels.Id);
        var withSpecification = await categories.DeleteAsync(lines.Id);
        var sameTopName = await categories.AddAsync(null, "  wędki ");
        var sameChildName = await categories.AddAsync(rods.Id, "Wędki feederowe");
        var renamedToSibling = await categories.RenameAsync(lines.Id, "Kołowrotki");
        var otherLevel = await categories.AddAsync(feeder.Id, "Wędki");

        Assert.Equal("\"Wędki\" cannot be deleted: it has 1 subcategory. Move or remove them first.", withChild.Error?.Message);
        Assert.Equal("\"Kołowrotki\" cannot be deleted: it has 1 model. Move or remove them first.", withModel.Error?.Message);
        Assert.Equal("in-use", withSpecification.Error?.Code);
        Assert.Equal(("duplicate", "Name"), (sameTopName.Error?.Code, sameTopName.Error?.Field));
        Assert.Equal("duplicate", sameChildName.Error?.Code);
        Assert.Equal("duplicate", renamedToSibling.Error?.Code);
        Assert.True(otherLevel.Succeeded);
        Assert.True((await categories.DeleteAsync(otherLevel.Value!.Id)).Succeeded);
        Assert.True((await categories.DeleteAsync(feeder.Id)).Succeeded);
        Assert.True((await categories.DeleteAsync(rods.Id)).Succeeded);
        await using var db = await host.NewContextAsync();
        Assert.Equal(["Kołowrotki", "Żyłki"], await db.Set<Category>().OrderBy(c => c.SortOrder).Select(c => c.Name).ToListAsync());

        await categories.ReorderAsync(lines.Id, up: true);
        Assert.Equal(["Żyłki", "Kołowrotki"], await db.Set<Category>().OrderBy(c => c.SortOrder).Select(c => c.Name).ToListAsync());
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_specification_kind_cannot_change_once_models_have_values_and_rules_are_inherited(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        var categories = host.Get<CategoryService>();
        var specifications = host.Get<SpecificationService>();
        var rules = host.Get<CompletenessRuleService>();
        var rods = (await categories.AddAsync(null, "Wędki")).Value!;
        var spinning = (await categories.AddAsync(rods.Id, "Wędki spinningowe")).Value!;
        var length = (await specifications.SaveAsync(new SpecificationDefinition { CategoryId = rods.Id, Name = "Długość", Kind = SpecificationKind.Number, Unit = "m", IsRequired = true })).Value!;
        var model = await CatalogTestData.AddAsync(host, CatalogTestData.Product("ROD-1", spinning, 19900));

        var inheritedClash = await specifications.SaveAsync(new SpecificationDefinition { CategoryId = spinning.Id, Name = "długość", Kind = SpecificationKind.Text });
        var optionsMissing = await specifications.SaveAsync(new SpecificationDefinition { CategoryId = spinning.Id, Name = "Akcja", Kind = SpecificationKind.Option });
        var action = await specifications.SaveAsync(new SpecificationDefinition { CategoryId = spinning.Id, Name = "Akcja", Kind = SpecificationKind.Option, Options = "szybka\n wolna \n\nszybka" });
        await CatalogTestData.AddAsync(host, new ProductSpecification { ProductId = model.Id, DefinitionId = length.Id, NumberValue = 2.4 });
        var kindChange = await specifications.SaveAsync(new SpecificationDefinition { Id = length.Id, CategoryId = rods.Id, Name = "Długość", Kind = SpecificationKind.Text });
        var rename = await specifications.SaveAsync(new SpecificationDefinition { Id = length.Id, CategoryId = rods.Id, Name = "Długość całkowita", Kind = SpecificationKind.Number, Unit = "m", IsRequired = true, SortOrder = 1 });

        Assert.Equal(("duplicate", "Name"), (inheritedClash.Error?.Code, inheritedClash.Error?.Field));
        Assert.Equal("Options", optionsMissing.Error?.Field);
        Assert.Equal("szybka\nwolna", action.Value?.Options);
        Assert.Equal(("Kind", "Models already have values for this specification, so its kind cannot change. Add a new specification instead."), (kindChange.Error?.Field, kindChange.Error?.Message));
        Assert.True(rename.Succeeded);
        Assert.Equal("in-use", (await specifications.DeleteAsync(length.Id)).Error?.Code);
        await using (var db = await host.NewContextAsync())
        {
            var seen = await CategorySpecifications.ForCategoryAsync(db, spinning.Id);
            Assert.Equal(["Długość całkowita", "Akcja"], seen.Select(d => d.Name));
            Assert.Equal(SpecificationKind.Number, seen[0].Kind);
        }

        Assert.Null((await rules.EffectiveAsync(spinning.Id)).FromCategoryId);
        await rules.SaveAsync(new CompletenessRule { CategoryId = rods.Id, MinimumImages = 3, RequireSupplier = false });
        var inherited = await rules.EffectiveAsync(spinning.Id);
        Assert.Equal((rods.Id, "Wędki", 3, false), (inherited.FromCategoryId, inherited.FromCategoryName, inherited.Rule.MinimumImages, inherited.Rule.RequireSupplier));
        await rules.SaveAsync(new CompletenessRule { CategoryId = spinning.Id, MinimumImages = 2 });
        Assert.Equal((spinning.Id, 2), ((await rules.EffectiveAsync(spinning.Id)).FromCategoryId, (await rules.EffectiveAsync(spinning.Id)).Rule.MinimumImages));
        Assert.Equal("MinimumImages", (await rules.SaveAsync(new CompletenessRule { CategoryId = spinning.Id, MinimumImages = -1 })).Error?.Field);
        await rules.InheritAsync(spinning.Id);
        Assert.Equal(rods.Id, (await rules.EffectiveAsync(spinning.Id)).FromCategoryId);
    }
}
