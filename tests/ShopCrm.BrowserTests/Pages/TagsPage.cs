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
        await filter.BlurAsync();
        await Expect(page.GetByLabel("Tags").Locator("tbody tr")).ToHaveCountAsync(1);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = $"Rating parameters of {name}" })).ToBeVisibleAsync();
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

    // Each of the tag's own parameters carries its remove button.
    public ILocator Chip(string name) => Dialog.GetByRole(AriaRole.Button, new() { Name = $"Remove {name}", Exact = true });
}
