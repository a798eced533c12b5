using System.Text;
using System.Text.RegularExpressions;

namespace ShopCrm.BrowserTests.Pages;

public sealed partial class ClientImportsPage(IPage page)
{
    public const string Path = "/clients/imports";

    public ILocator FileInput => page.GetByRole(AriaRole.Button, new() { Name = "CSV file", Exact = true });

    public ILocator FirstLines => page.GetByRole(AriaRole.Table, new() { Name = "The first lines of the file" });

    public ILocator TagsBox => page.GetByRole(AriaRole.Textbox, new() { Name = "Tags for every imported client" });

    public ILocator ImportButton => page.GetByRole(AriaRole.Button, new() { Name = "Import", Exact = true });

    public ILocator LinesToFix => page.GetByRole(AriaRole.Table, new() { Name = "Lines to fix" });

    public ILocator Result => page.GetByRole(AriaRole.Alert);

    public async Task UploadAsync(string fileName, string csv)
    {
        await FileInput.SetInputFilesAsync(new FilePayload { Name = fileName, MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv) });
        await Expect(page).ToHaveURLAsync(UploadedImport());
        await Expect(FirstLines).ToBeVisibleAsync();
    }

    [GeneratedRegex(@"/clients/imports/\d+$")]
    private static partial Regex UploadedImport();
}
