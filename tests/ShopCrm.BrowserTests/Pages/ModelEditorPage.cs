namespace ShopCrm.BrowserTests.Pages;

public sealed class ModelEditorPage(IPage page)
{
    public static System.Text.RegularExpressions.Regex Address() => new(@"/catalog/models/\d+$");

    public ILocator Heading(string name) => page.GetByRole(AriaRole.Heading, new() { Name = name, Level = 1 });

    public ILocator Tab(string name) => page.GetByRole(AriaRole.Tab, new() { Name = name });

    public ILocator Description => page.GetByRole(AriaRole.Textbox, new() { Name = "Description" });

    public ILocator Name => page.GetByRole(AriaRole.Textbox, new() { Name = "Name", Exact = true });

    public ILocator Sku => page.GetByRole(AriaRole.Textbox, new() { Name = "SKU", Exact = true });

    public ILocator ReadOnlyNotice => page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "You may look at model cards but not change them" });

    public ILocator Specification(string label) => page.GetByRole(AriaRole.Textbox, new() { Name = label, Exact = true });

    public ILocator AddPictures => page.GetByText("Add pictures");

    public ILocator Picture(string fileName) => page.GetByRole(AriaRole.Img, new() { Name = fileName });

    // The card's pictures in their order: "Picture 1: front.png" is the main one.
    public ILocator PictureAt(int position, string fileName) => page.GetByRole(AriaRole.Figure, new() { Name = $"Picture {position}: {fileName}", Exact = true });

    public ILocator MakeMainButton(string fileName) => page.GetByRole(AriaRole.Button, new() { Name = $"Make {fileName} the main picture" });

    public ILocator MoveRightButton(string fileName) => page.GetByRole(AriaRole.Button, new() { Name = $"Move {fileName} right" });

    public ILocator SaveButton => page.GetByRole(AriaRole.Button, new() { Name = "Save card" });

    public ILocator PublishButton => page.GetByRole(AriaRole.Button, new() { Name = "Publish" });

    public ILocator Missing => page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Missing for a complete card" });

    public ILocator Alerts => page.GetByRole(AriaRole.Alert);

    public ILocator AddSupplierButton => page.GetByRole(AriaRole.Button, new() { Name = "Add supplier" });

    public async Task OpenTabAsync(string name)
    {
        await Tab(name).ClickAsync();
        await Expect(Tab(name)).ToHaveAttributeAsync("aria-selected", "true");
    }

    public async Task UploadPictureAsync(string path)
    {
        var chooser = await page.RunAndWaitForFileChooserAsync(() => AddPictures.ClickAsync());
        await chooser.SetFilesAsync(path);
    }

    public async Task AddSupplierAsync(string supplier, string code, string price)
    {
        await AddSupplierButton.ClickAsync();
        var row = page.GetByRole(AriaRole.Group, new() { Name = "Supplier 1" });
        await row.GetByRole(AriaRole.Combobox).First.ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = supplier }).ClickAsync();
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Supplier 1 code" }).FillAsync(code);
        await row.Locator(".rz-numeric input").FillAsync(price);
    }
}
