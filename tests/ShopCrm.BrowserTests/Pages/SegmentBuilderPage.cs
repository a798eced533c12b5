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

    public Task PickAsync(string field, string option) => DropDowns.PickAsync(page, field, option);

    public async Task ExpectCountAsync(int expected) =>
        await Expect(Count).ToHaveTextAsync(new System.Text.RegularExpressions.Regex($@"^{expected}\s+clients? match"));
}
