using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ShopCrm.BrowserTests.Infrastructure;
using ShopCrm.BrowserTests.Pages;
using ShopCrm.Catalog.Domain;
using ShopCrm.Catalog.Services;
using ShopCrm.Catalog.Services.Images;
using ShopCrm.Catalog.Services.Products;
using ShopCrm.Core.Data;
using ShopCrm.Core.Security;

namespace ShopCrm.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class ProductCardTests(BrowserApp app)
{
    private const string ModelName = "Kołowrotek Dragon Mega Baits 3000";

    // The catalog's demo data is another part's work: the test builds its own shelf.
    private async Task<(int ProductId, string Sku, string Supplier)> IncompleteReelAsync()
    {
        var suffix = Guid.NewGuid().ToString("N")[..5].ToUpperInvariant();
        var contexts = app.Services.GetRequiredService<IDbContextFactory<ShopDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        var reels = new Category { Name = "Kołowrotki " + suffix };
        var brand = new Brand { Name = "Dragon " + suffix };
        var supplier = new Supplier { Name = "Hurtownia Karaś " + suffix };
        db.AddRange(reels, brand, supplier);
        await db.SaveChangesAsync();
        reels.Path = $"/{reels.Id}/";
        db.Add(new SpecificationDefinition { CategoryId = reels.Id, Name = "Rozmiar", Kind = SpecificationKind.Number, IsRequired = true });
        db.Add(new SpecificationDefinition { CategoryId = reels.Id, Name = "Liczba łożysk", Kind = SpecificationKind.Number });
        await db.SaveChangesAsync();

        var sku = "KOL-" + suffix;
        var created = await app.Services.GetRequiredService<ProductService>().CreateAsync(new ProductInput
        {
            Sku = sku,
            Name = ModelName,
            CategoryId = reels.Id,
            BrandId = brand.Id,
            NetPriceMinor = 24_390,
        });
        Assert.True(created.Succeeded);
        return (created.Value!.Id, sku, supplier.Name);
    }

    [Fact]
    public async Task The_content_editor_completes_an_incomplete_card_publishes_it_and_a_stale_copy_gets_a_conflict()
    {
        var (productId, sku, supplier) = await IncompleteReelAsync();
        await using var session = await app.OpenSessionAsync();
        var page = session.Page;
        var shell = await DemoLogin.AsAsync(page, Roles.ContentEditor);

        // The queue shows what the card lacks.
        await shell.OpenMenuEntryAsync("Incomplete cards", IncompleteCardsPage.Path);
        var queue = new IncompleteCardsPage(page);
        await Expect(queue.Heading).ToBeVisibleAsync();
        await shell.WaitUntilLoadedAsync();
        await Expect(queue.RowFor(sku)).ToContainTextAsync("description; 1 image; specification Rozmiar; supplier");
        await Expect(queue.RowFor(sku)).ToContainTextAsync("20%");
        await Screenshots.SaveAsync(page, "content-editor-incomplete-cards");

        // A second person opens the same card before the editor saves.
        await using var other = await app.OpenSessionAsync();
        await DemoLogin.AsAsync(other.Page, Roles.Owner);
        await other.Page.GotoAsync($"/catalog/models/{productId}");
        var stale = new ModelEditorPage(other.Page);
        await Expect(stale.Heading(ModelName)).ToBeVisibleAsync();
        await new ShellPage(other.Page).WaitUntilInteractiveAsync();

        await queue.CompleteLink(ModelName).First.ClickAsync();
        await Expect(page).ToHaveURLAsync(ModelEditorPage.Address());
        var editor = new ModelEditorPage(page);
        await Expect(editor.Heading(ModelName)).ToBeVisibleAsync();
        await shell.WaitUntilInteractiveAsync();
        await Expect(editor.Missing).ToContainTextAsync("description; 1 image; specification Rozmiar; supplier");

        // A wrong value is pointed out at its field and nothing is saved.
        await editor.Description.FillAsync("Lekki kołowrotek spinningowy z płynnym hamulcem. Idealny na szczupaka i sandacza.");
        await editor.OpenTabAsync("Specifications");
        await editor.Specification("Rozmiar").FillAsync("trzy tysiące");
        await editor.SaveButton.ClickAsync();
        await Expect(page.GetByText("Rozmiar is a number, for example 2.7.")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "content-editor-specification-error");
        await editor.Specification("Rozmiar").FillAsync("3000");
        await editor.Specification("Liczba łożysk").FillAsync("6");

        await editor.OpenTabAsync("Suppliers");
        await editor.AddSupplierAsync(supplier, "DRG-MB-3000", "120,50");
        await Screenshots.SaveAsync(page, "content-editor-suppliers");
        await editor.SaveButton.ClickAsync();
        await Expect(page.GetByText("Card saved").First).ToBeVisibleAsync();
        await Expect(editor.Missing).ToContainTextAsync("1 image");

        // The picture goes through the file chooser; the card becomes complete.
        await editor.OpenTabAsync("Main");
        await editor.UploadPictureAsync(TestPicture.WritePng("kolowrotek-dragon.png"));
        await Expect(editor.Picture("kolowrotek-dragon.png")).ToBeVisibleAsync();
        await Expect(editor.Missing).ToHaveCountAsync(0);
        await Expect(page.GetByText("100%").First).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "content-editor-card-complete");

        await editor.PublishButton.ClickAsync();
        await Expect(page.GetByText("The card is now active on the site.")).ToBeVisibleAsync();
        await Expect(editor.PublishButton).ToHaveCountAsync(0);

        // The other person's copy is stale: their save is refused with a clear message, nothing overwritten.
        await stale.Description.FillAsync("Stary opis z drugiego okna.");
        await stale.SaveButton.ClickAsync();
        await Expect(other.Page.GetByText("Someone else saved this card while you were editing it.")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(other.Page, "owner-stale-card-conflict");
        await other.Page.GetByRole(AriaRole.Button, new() { Name = "Reload the card" }).ClickAsync();
        await Expect(stale.Description).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("^Lekki kołowrotek"));

        // The model list shows it active and complete.
        await shell.OpenMenuEntryAsync("Models", ModelsPage.Path);
        var models = new ModelsPage(page);
        await Expect(models.Heading).ToBeVisibleAsync();
        await shell.WaitUntilLoadedAsync();
        await models.SearchAsync(sku);
        await Expect(models.Grid.GetByRole(AriaRole.Row)).ToHaveCountAsync(2);
        await Expect(models.RowFor(sku)).ToContainTextAsync("Active");
        await Expect(models.RowFor(sku)).ToContainTextAsync("300.00 PLN");
        await Expect(models.RowFor(sku)).ToContainTextAsync("100%");
        await Screenshots.SaveAsync(page, "content-editor-model-list");

        var contexts = app.Services.GetRequiredService<IDbContextFactory<ShopDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        var saved = await db.Set<Product>().SingleAsync(p => p.Id == productId);
        Assert.Equal(ProductStatus.Active, saved.Status);
        Assert.StartsWith("Lekki kołowrotek", saved.Description);
        Assert.False(saved.PublishedIncomplete);
        Assert.Empty(session.BrowserErrors);
    }

    [Fact]
    public async Task The_content_editor_makes_a_picture_the_main_one_and_moves_another_and_the_order_is_kept()
    {
        var (productId, _, _) = await IncompleteReelAsync();
        var images = app.Services.GetRequiredService<ProductImageService>();
        foreach (var name in new[] { "przod.png", "bok.png", "szpula.png" })
        {
            await using var file = File.OpenRead(TestPicture.WritePng(name));
            Assert.True((await images.AddAsync(productId, name, file)).Succeeded);
        }

        await using var session = await app.OpenSessionAsync();
        var page = session.Page;
        var shell = await DemoLogin.AsAsync(page, Roles.ContentEditor);
        await page.GotoAsync($"/catalog/models/{productId}");
        var editor = new ModelEditorPage(page);
        await Expect(editor.Heading(ModelName)).ToBeVisibleAsync();
        await shell.WaitUntilInteractiveAsync();
        await Expect(editor.PictureAt(1, "przod.png")).ToBeVisibleAsync();

        await editor.MakeMainButton("szpula.png").ClickAsync();
        await Expect(editor.PictureAt(1, "szpula.png")).ToBeVisibleAsync();
        await editor.MoveRightButton("przod.png").ClickAsync();
        await Expect(editor.PictureAt(3, "przod.png")).ToBeVisibleAsync();
        await Expect(editor.PictureAt(2, "bok.png")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "content-editor-picture-order");

        await page.ReloadAsync();
        await shell.WaitUntilInteractiveAsync();
        await Expect(editor.PictureAt(1, "szpula.png")).ToBeVisibleAsync();
        await Expect(editor.PictureAt(2, "bok.png")).ToBeVisibleAsync();
        await Expect(editor.PictureAt(3, "przod.png")).ToBeVisibleAsync();
        Assert.Empty(session.BrowserErrors);
    }
}
