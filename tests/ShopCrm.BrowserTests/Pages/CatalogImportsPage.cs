using System.Text;
using System.Text.RegularExpressions;

namespace ShopCrm.BrowserTests.Pages;

public sealed partial class CatalogImportsPage(IPage page)
{
    public const string Path = "/catalog/imports";

    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "Import and export", Level = 1 });

    public ILocator FileInput => page.GetByRole(AriaRole.Button, new() { Name = "CSV file", Exact = true });

    public ILocator ImportButton => page.GetByRole(AriaRole.Button, new() { NameRegex = ImportButtonName() });

    public ILocator Preview => page.GetByRole(AriaRole.Table, new() { Name = "Preview" });

    // A row by its line number, the first cell (other cells may hold the same number).
    public ILocator PreviewRow(int line) => Preview.GetByRole(AriaRole.Row, new() { NameRegex = new Regex($"^{line} ") });

    public ILocator Rejection => page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Nothing was imported" });

    // Radzen grids carry no accessible name: each is told apart by a column only it has.
    public ILocator Problems => GridWithColumn("Problem");

    public ILocator ProblemRow(int line) => Problems.GetByRole(AriaRole.Row, new() { NameRegex = new Regex($"^{line} ") });

    public ILocator ProgressBar => page.GetByRole(AriaRole.Progressbar);

    public ILocator Success => page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "new models" });

    public ILocator ProgressText => page.GetByText(ProgressWords());

    public ILocator ImportedModels => GridWithColumn("Gross price");

    public ILocator PastImports => GridWithColumn("Result");

    private ILocator GridWithColumn(string header) =>
        page.GetByRole(AriaRole.Grid).Filter(new() { Has = page.GetByRole(AriaRole.Columnheader, new() { Name = header }) });

    public async Task UploadAsync(string fileName, string csv)
    {
        await FileInput.SetInputFilesAsync(new FilePayload { Name = fileName, MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv) });
        await Expect(page).ToHaveURLAsync(UploadedImport());
        await Expect(Preview).ToBeVisibleAsync();
    }

    // The column chooser under a CSV column's header.
    public async Task MapColumnAsync(string header, string field)
    {
        var column = page.Locator(".ci-column").Filter(new() { HasText = header });
        await column.GetByRole(AriaRole.Combobox).ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = field, Exact = true }).ClickAsync();
        await Expect(column.GetByRole(AriaRole.Combobox)).ToContainTextAsync(field);
    }

    [GeneratedRegex(@"^Import [\d,]+ rows$")]
    private static partial Regex ImportButtonName();

    [GeneratedRegex(@"^Step [12] of 2, (checking every row|writing): [\d,]+ of")]
    private static partial Regex ProgressWords();

    [GeneratedRegex(@"/catalog/imports/\d+$")]
    private static partial Regex UploadedImport();
}
