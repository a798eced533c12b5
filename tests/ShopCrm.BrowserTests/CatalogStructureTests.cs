using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ShopCrm.BrowserTests.Infrastructure;
using ShopCrm.BrowserTests.Pages;
using ShopCrm.Catalog.Domain;
using ShopCrm.Catalog.Services;
using ShopCrm.Catalog.Services.Suppliers;
using ShopCrm.Core.Data;
using ShopCrm.Core.Security;

namespace ShopCrm.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class CatalogStructureTests(BrowserApp app)
{
    [Fact]
    public async Task The_content_editor_builds_a_rod_tree_and_the_subcategory_inherits_a_required_length()
    {
        // The demo data may already have "Wędki"; the test makes its own top-level category next to it.
        var rods = await FreeTopLevelNameAsync("Wędki");
        const string Spinning = "Wędki ultralekkie";
        await using var session = await app.OpenSessionAsync();
        var page = session.Page;
        var shell = await DemoLogin.AsAsync(page, Roles.ContentEditor);
        await shell.OpenMenuEntryAsync("Categories", CategoryTreePage.Path);
        var tree = new CategoryTreePage(page);
        await Expect(tree.Heading).ToBeVisibleAsync();
        await shell.WaitUntilInteractiveAsync();

        await tree.AddTopLevelAsync(rods);
        await tree.AddSubcategoryAsync(Spinning);
        await Expect(tree.Node(Spinning)).ToBeVisibleAsync();
        await Expect(page.GetByTestId("category-path")).ToHaveTextAsync($"{rods} › {Spinning}");

        // The same name on the same level is refused at the name field.
        await tree.SelectAsync(rods);
        await tree.FillNameAndSubmitAsync(tree.Details.GetByRole(AriaRole.Button, new() { Name = "Add subcategory" }), "wędki ultralekkie");
        await Expect(tree.Dialog.GetByRole(AriaRole.Alert)).ToHaveTextAsync("This level already has a category named \"wędki ultralekkie\". Choose another name.");
        await Screenshots.SaveAsync(page, "content-category-duplicate-name");
        await tree.Dialog.GetByRole(AriaRole.Button, new() { Name = "Cancel" }).ClickAsync();
        await Expect(tree.Dialog).ToHaveCountAsync(0);

        await tree.AddNumberSpecificationAsync("Długość", "m", required: true);
        await Screenshots.SaveAsync(page, "content-specification-form");
        await tree.SaveSpecificationAsync();
        await Expect(tree.Dialog).ToHaveCountAsync(0);
        var own = tree.SpecificationRow("Długość");
        await Expect(own).ToContainTextAsync("Number");
        await Expect(own).ToContainTextAsync("Required");
        await Expect(own).ToContainTextAsync("this category");
        await Screenshots.SaveAsync(page, "content-categories-parent");

        await tree.SelectAsync(Spinning);
        var inherited = tree.SpecificationRow("Długość");
        await Expect(inherited).ToContainTextAsync($"inherited from {rods}");
        await Expect(inherited).ToContainTextAsync("m");
        await Expect(inherited).ToContainTextAsync("Required");
        await Expect(inherited).ToContainTextAsync("read-only");
        await Expect(inherited.GetByRole(AriaRole.Button)).ToHaveCountAsync(0);
        await Expect(tree.RuleSource).ToContainTextAsync("Shop default");
        await Screenshots.SaveAsync(page, "content-categories-inherited");

        // A category with a subcategory and a specification stays, and says why.
        await tree.SelectAsync(rods);
        await tree.Details.GetByRole(AriaRole.Button, new() { Name = "Delete" }).ClickAsync();
        await page.GetByRole(AriaRole.Alertdialog).GetByRole(AriaRole.Button, new() { Name = "Delete", Exact = true }).ClickAsync();
        await Expect(tree.Details.GetByRole(AriaRole.Alert)).ToContainTextAsync($"\"{rods}\" cannot be deleted: it has 1 subcategory, 1 specification. Move or remove them first.");
        await Expect(tree.Node(rods)).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "content-category-delete-refused");
        Assert.Empty(session.BrowserErrors);
    }

    [Fact]
    public async Task The_content_editor_gives_a_tag_its_rating_parameters_and_sees_those_its_models_inherit_from_their_category()
    {
        var run = Guid.NewGuid().ToString("N")[..4].ToUpperInvariant();
        var tag = $"Boleń {run}";
        var category = $"Woblery {run}";
        await using (var db = await app.Services.GetRequiredService<IDbContextFactory<ShopDbContext>>().CreateDbContextAsync())
        {
            var lures = new Category { Name = category, Path = "/" };
            var asp = new Tag { Name = tag };
            db.AddRange(lures, asp);
            await db.SaveChangesAsync();
            lures.Path = $"/{lures.Id}/";
            var wobbler = new Product
            {
                Sku = $"WOB-{run}", Name = "Wobler Salmo Hornet 5 cm", NormalizedName = "wobler salmo hornet 5 cm", CategoryId = lures.Id,
                CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow,
            };
            db.AddRange(wobbler, new RatingParameter { Name = "Praca w wodzie", CategoryId = lures.Id });
            await db.SaveChangesAsync();
            db.Add(new ProductTag { ProductId = wobbler.Id, TagId = asp.Id });
            await db.SaveChangesAsync();
        }

        await using var session = await app.OpenSessionAsync();
        var page = session.Page;
        var shell = await DemoLogin.AsAsync(page, Roles.ContentEditor);
        await shell.OpenMenuEntryAsync("Tags & interests", TagsPage.Path);
        var tags = new TagsPage(page);
        await Expect(tags.Heading).ToBeVisibleAsync();
        await shell.WaitUntilInteractiveAsync();

        await tags.FindTagAsync(tag);
        await tags.OpenRatingParametersAsync(tag);
        await tags.AddRatingParameterAsync("Skuteczność na bolenia");
        await Expect(tags.Chip("Skuteczność na bolenia")).ToBeVisibleAsync();

        // A name already rated for the tag is refused next to the field.
        await tags.AddRatingParameterAsync("skuteczność na bolenia");
        await Expect(tags.Dialog.GetByRole(AriaRole.Alert)).ToHaveTextAsync("\"skuteczność na bolenia\" is already rated here.");
        await Expect(tags.Dialog).ToContainTextAsync($"{category}: Praca w wodzie");
        await Screenshots.SaveAsync(page, "content-tag-rating-parameters");
        Assert.Empty(session.BrowserErrors);
    }

    [Fact]
    public async Task The_warehouse_worker_adds_a_supplier_and_a_second_stale_save_gets_a_conflict()
    {
        var name = $"Hurtownia Wędkarska Karp {Guid.NewGuid().ToString("N")[..4].ToUpperInvariant()}";
        await using var session = await app.OpenSessionAsync();
        var page = session.Page;
        var shell = await DemoLogin.AsAsync(page, Roles.Warehouse);
        await shell.OpenMenuEntryAsync("Suppliers", SupplierCardPage.ListPath);
        var suppliers = new SupplierCardPage(page);
        await Expect(suppliers.ListHeading).ToBeVisibleAsync();
        await shell.WaitUntilInteractiveAsync();
        await suppliers.AddButton.ClickAsync();
        await Expect(suppliers.Heading).ToHaveTextAsync("New supplier");
        await shell.WaitUntilInteractiveAsync();

        await suppliers.NameBox.FillAsync(name);
        await Details(page).GetByLabel("Contact person").FillAsync("Marek Nowak");
        await suppliers.EmailBox.FillAsync("zamowienia@karp");
        await suppliers.SetNumberAsync(suppliers.LeadTimeBox, "5");
        await suppliers.SetNumberAsync(suppliers.MinimumOrderBox, "500");
        await suppliers.AddButton.ClickAsync();
        await Expect(suppliers.Details.GetByText("This is not an e-mail address; check it or leave it empty.")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "warehouse-supplier-bad-email");
        await suppliers.EmailBox.FillAsync("zamowienia@karp.pl");
        await suppliers.AddButton.ClickAsync();

        await Expect(page).ToHaveURLAsync(SupplierCardPage.CardAddress());
        await Expect(suppliers.Heading).ToHaveTextAsync(name);
        await shell.WaitUntilLoadedAsync();
        await Expect(suppliers.LeadTimeBox).ToHaveValueAsync("5");
        await Expect(suppliers.Models).ToContainTextAsync("No models from this supplier yet.");
        var cardUrl = page.Url;

        // A colleague opens the same supplier before the first change is saved.
        await using var colleague = await app.OpenSessionAsync();
        var colleagueShell = await DemoLogin.AsAsync(colleague.Page, Roles.Warehouse);
        await colleague.Page.GotoAsync(cardUrl);
        var stale = new SupplierCardPage(colleague.Page);
        await Expect(stale.Heading).ToHaveTextAsync(name);
        await colleagueShell.WaitUntilInteractiveAsync();

        await suppliers.SetNumberAsync(suppliers.LeadTimeBox, "3");
        await suppliers.SaveButton.ClickAsync();
        await Expect(suppliers.Saved).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "warehouse-supplier-card");

        await stale.SetNumberAsync(stale.MinimumOrderBox, "800");
        await stale.SaveButton.ClickAsync();
        await Expect(stale.Alert).ToContainTextAsync(SupplierService.Conflict.Message);
        await Screenshots.SaveAsync(colleague.Page, "warehouse-supplier-conflict");

        await shell.OpenMenuEntryAsync("Suppliers", SupplierCardPage.ListPath);
        await shell.WaitUntilLoadedAsync();
        var row = suppliers.RowFor(name);
        await Expect(row).ToContainTextAsync("3 days");
        await Expect(row).ToContainTextAsync("500.00 PLN");
        await Expect(row).ToContainTextAsync("Marek Nowak");
        await Screenshots.SaveAsync(page, "warehouse-suppliers");
        Assert.Empty(session.BrowserErrors);
        Assert.Empty(colleague.BrowserErrors);
    }

    private static ILocator Details(IPage page) => page.GetByLabel("Supplier details");

    private async Task<string> FreeTopLevelNameAsync(string name)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<ShopDbContext>>().CreateDbContextAsync();
        var taken = await db.Set<Category>().Where(c => c.ParentId == null).Select(c => c.Name).ToListAsync();
        return taken.Contains(name) ? $"{name} {taken.Count + 1}" : name;
    }
}
