namespace ShopCrm.BrowserTests.Pages;

// Tags & interests: the tag grid (filtered by name through its column filter) and the tag's rating parameters.
public sealed class TagsPage(IPage page)
{
    public const string Path = "/catalog/tags";

    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "Tags & interests", Level = 1 });

    public ILocator Dialog => page.GetByRole(AriaRole.Dialog);

    public async Task FindTagAsync(string name)
    {
        var filter = page.GetByLabel("Tags").Locator(".rz-cell-filter input").First;
        await filter.FillAsync(name);
        await filter.PressAsync("Enter");
        await Expect(page.GetByLabel("Tags").GetByRole(AriaRole.Row)).ToHaveCountAsync(2);
    }

    public async Task OpenRatingParametersAsync(string tag)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = $"Rating parameters of {tag}" }).ClickAsync();
        await Expect(Dialog).ToBeVisibleAsync();
    }

    public async Task AddRatingParameterAsync(string name)
    {
        await Dialog.GetByLabel("New rating parameter").FillAsync(name);
        await Dialog.GetByRole(AriaRole.Button, new() { Name = "Add parameter" }).ClickAsync();
    }

    public ILocator Chip(string name) => Dialog.GetByLabel("Rating parameters of the tag").GetByText(name, new() { Exact = true });
}
