namespace ShopCrm.BrowserTests.Pages;

public sealed class DuplicatesPage(IPage page)
{
    public const string Path = "/catalog/duplicates";

    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "Duplicates", Level = 1 });

    public ILocator Grid => page.GetByRole(AriaRole.Grid);

    public ILocator Dialog => page.GetByRole(AriaRole.Dialog).Filter(new() { HasText = "Compare" });

    public ILocator Comparison => page.GetByRole(AriaRole.Table, new() { Name = "The two cards side by side" });

    public ILocator ConfirmDialog => page.GetByRole(AriaRole.Alertdialog, new() { Name = "Confirm the merge" });

    public ILocator RowFor(string sku) => Grid.GetByRole(AriaRole.Row).Filter(new() { HasText = sku });

    public ILocator Keep(string sku) => page.GetByRole(AriaRole.Radio, new() { Name = $"Keep {sku}" });

    public ILocator MergeButton(string sku) => page.GetByRole(AriaRole.Button, new() { Name = $"Merge into {sku}" });

    public async Task CompareAsync(string firstSku, string secondSku)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = $"Compare {firstSku} and {secondSku}" }).ClickAsync();
        await Expect(Comparison).ToBeVisibleAsync();
    }

    public async Task KeepAsync(string sku)
    {
        await Keep(sku).ClickAsync();
        await Expect(MergeButton(sku)).ToBeVisibleAsync();
    }
}
