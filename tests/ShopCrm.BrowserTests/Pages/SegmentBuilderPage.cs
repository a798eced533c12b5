namespace ShopCrm.BrowserTests.Pages;

public sealed class SegmentBuilderPage(IPage page)
{
    public const string ListPath = "/clients/segments";

    public ILocator NewSegmentButton => page.GetByRole(AriaRole.Button, new() { Name = "New segment" });

    public ILocator Count => page.GetByRole(AriaRole.Status, new() { Name = "Matching clients" });

    public ILocator NameBox => page.GetByRole(AriaRole.Textbox, new() { Name = "Segment name" });

    public ILocator SaveButton => page.GetByRole(AriaRole.Button, new() { Name = "Save segment" });

    public ILocator ExportLink => page.GetByRole(AriaRole.Link, new() { Name = "Export CSV" });

    public ILocator Clients => page.GetByRole(AriaRole.Grid);

    // Radzen labels its drop-down box by the current value ("Empty"), so the box is found by the field's
    // own label on its hidden input; the option is then picked from the list it opens.
    public async Task PickAsync(string field, string option)
    {
        await page.GetByRole(AriaRole.Combobox).Filter(new() { Has = page.Locator($"input[aria-label='{field}']") }).ClickAsync();
        var filter = page.Locator(".rz-dropdown-filter:visible, .rz-multiselect-filter-container input:visible");
        if (await filter.CountAsync() > 0)
        {
            await filter.First.FillAsync(option);
        }

        await page.GetByRole(AriaRole.Option, new() { Name = option, Exact = true }).ClickAsync();
        await page.Keyboard.PressAsync("Escape");
    }

    public async Task ExpectCountAsync(int expected) =>
        await Expect(Count).ToHaveTextAsync(new System.Text.RegularExpressions.Regex($@"^{expected}\s+clients? match"));
}
