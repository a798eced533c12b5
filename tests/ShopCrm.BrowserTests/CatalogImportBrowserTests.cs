using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ShopCrm.BrowserTests.Infrastructure;
using ShopCrm.BrowserTests.Pages;
using ShopCrm.Catalog.Domain;
using ShopCrm.Core.Data;
using ShopCrm.Core.Security;

namespace ShopCrm.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class CatalogImportBrowserTests(BrowserApp app)
{
    private const int GoodRows = 3_000;

    [Fact]
    public async Task The_content_editor_sees_every_bad_row_of_a_file_nothing_changes_then_imports_the_corrected_file()
    {
        await StructureAsync();
        await using var session = await app.OpenSessionAsync();
        var page = session.Page;
        var shell = await DemoLogin.AsAsync(page, Roles.ContentEditor);
        await shell.OpenMenuEntryAsync("Import and export", CatalogImportsPage.Path);
        var imports = new CatalogImportsPage(page);
        await Expect(imports.Heading).ToBeVisibleAsync();
        await shell.WaitUntilLoadedAsync();
        await Screenshots.SaveAsync(page, "content-editor-catalog-imports");

        // A file with two bad rows: the preview points them out, and running it writes nothing.
        await imports.UploadAsync("gumy-bledy.csv", File(withMistakes: true));
        await Expect(imports.PreviewRow(3)).ToContainTextAsync("EAN \"5901234123458\" has a wrong check digit");
        await Expect(imports.PreviewRow(5)).ToContainTextAsync("Category \"Przynęty testowe > Woblery\" does not exist");
        await Expect(imports.PreviewRow(2)).ToContainTextAsync("OK");
        await Screenshots.SaveAsync(page, "content-editor-import-preview-with-errors");
        await imports.ImportButton.ClickAsync();
        await Expect(imports.Rejection).ToContainTextAsync("2 rows have problems");
        await Expect(imports.ProblemRow(3)).ToContainTextAsync("wrong check digit");
        await Expect(imports.ProblemRow(5)).ToContainTextAsync("does not exist");
        await Screenshots.SaveAsync(page, "content-editor-import-rejected");
        Assert.Equal(0, await ImportedModelCountAsync());

        // The corrected file; its price column has a name the import does not know, so the editor maps it.
        await shell.OpenMenuEntryAsync("Import and export", CatalogImportsPage.Path);

        // The rejected file is in the list; once the list has its rows, the upload control is wired up too.
        await Expect(imports.PastImports).ToContainTextAsync("gumy-bledy.csv");
        await shell.WaitUntilLoadedAsync();
        await imports.UploadAsync("gumy.csv", File(withMistakes: false));
        await Expect(imports.PreviewRow(2)).ToContainTextAsync("a new model needs a net or gross price");
        await imports.MapColumnAsync("Cena na półce", "Gross price");
        await Expect(imports.PreviewRow(2)).ToContainTextAsync("OK");
        await Expect(imports.Preview.GetByText("a new model needs")).ToHaveCountAsync(0);
        await Screenshots.SaveAsync(page, "content-editor-import-mapping");
        await imports.ImportButton.ClickAsync();
        await Expect(imports.ProgressBar).ToBeVisibleAsync();

        // For the picture only: the bar with a figure on it, unless the import is already through.
        await Expect(imports.ProgressText.Or(imports.Success)).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "content-editor-import-progress");

        await Expect(imports.Success).ToContainTextAsync($"Imported {GoodRows:N0} rows: {GoodRows:N0} new models", new() { Timeout = 60_000 });
        await Expect(imports.ImportedModels).ToContainTextAsync("IMP-0001");
        await Expect(imports.ImportedModels).ToContainTextAsync("Ripper Dragon 1 cm");

        // A shelf price no net price gives at 23% is kept as written.
        await Expect(imports.ImportedModels.GetByRole(AriaRole.Row).Filter(new() { HasText = "IMP-0002" })).ToContainTextAsync("7.99 PLN");
        await shell.WaitUntilLoadedAsync();
        await Screenshots.SaveAsync(page, "content-editor-import-done");
        Assert.Equal(GoodRows, await ImportedModelCountAsync());

        await shell.OpenMenuEntryAsync("Import and export", CatalogImportsPage.Path);
        await Expect(imports.PastImports).ToContainTextAsync("gumy.csv");
        await shell.WaitUntilLoadedAsync();
        await Screenshots.SaveAsync(page, "content-editor-import-history");
        Assert.Empty(session.BrowserErrors);
    }

    private static string File(bool withMistakes)
    {
        // The corrected file names its price column so that the editor has to say what it holds.
        var price = withMistakes ? "Cena brutto" : "Cena na półce";
        var csv = new StringBuilder($"Kod;Nazwa;EAN;Marka;Kategoria;{price};Stawka VAT;Waga (g)\n");
        var rows = withMistakes ? 5 : GoodRows;
        for (var i = 1; i <= rows; i++)
        {
            var ean = withMistakes && i == 2 ? "5901234123458" : "";
            var category = withMistakes && i == 4 ? "Przynęty testowe > Woblery" : "Przynęty testowe > Gumy do importu";
            csv.Append($"IMP-{i:0000};Ripper Dragon {i} cm;{ean};Dragon Test;{category};{(i % 40) + 5},99;23;{(i % 30) + 3}\n");
        }

        return csv.ToString();
    }

    private async Task StructureAsync()
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<ShopDbContext>>().CreateDbContextAsync();
        if (await db.Set<Brand>().AnyAsync(b => b.Name == "Dragon Test"))
        {
            return;
        }

        var lures = new Category { Name = "Przynęty testowe" };
        db.Add(lures);
        db.Add(new Brand { Name = "Dragon Test" });
        await db.SaveChangesAsync();
        lures.Path = $"/{lures.Id}/";
        var soft = new Category { Name = "Gumy do importu", ParentId = lures.Id };
        db.Add(soft);
        await db.SaveChangesAsync();
        soft.Path = $"{lures.Path}{soft.Id}/";
        await db.SaveChangesAsync();
    }

    private async Task<int> ImportedModelCountAsync()
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<ShopDbContext>>().CreateDbContextAsync();
        return await db.Set<Product>().CountAsync(p => p.Sku.StartsWith("IMP-"));
    }
}
