namespace ShopCrm.BrowserTests.Pages;

// Catalog > Categories: the tree on the left, the chosen category's details on the right.
public sealed class CategoryTreePage(IPage page)
{
    public const string Path = "/catalog/categories";

    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "Categories", Level = 1 });

    public ILocator Tree => page.GetByRole(AriaRole.Tree);

    public ILocator Dialog => page.GetByRole(AriaRole.Dialog);

    public ILocator Details => page.GetByLabel("Category details");

    public ILocator SelectedName => Details.GetByRole(AriaRole.Heading, new() { Level = 2 });

    public ILocator Specifications => page.GetByLabel("Specifications", new() { Exact = true });

    public ILocator RuleSource => page.GetByTestId("rule-source");

    public ILocator SpecificationRow(string name) => Specifications.GetByRole(AriaRole.Row).Filter(new() { HasText = name });

    public ILocator Node(string name) => Tree.GetByText(name, new() { Exact = true });

    public async Task AddTopLevelAsync(string name) =>
        await AddAsync(page.GetByRole(AriaRole.Button, new() { Name = "Add top-level category" }), name);

    public async Task AddSubcategoryAsync(string name) =>
        await AddAsync(Details.GetByRole(AriaRole.Button, new() { Name = "Add subcategory" }), name);

    public async Task FillNameAndSubmitAsync(ILocator opener, string name)
    {
        await opener.ClickAsync();
        await Dialog.GetByLabel("Category name").FillAsync(name);
        await Dialog.GetByRole(AriaRole.Button, new() { Name = "Add category" }).ClickAsync();
    }

    public async Task SelectAsync(string name)
    {
        await Node(name).ClickAsync();
        await Expect(SelectedName).ToHaveTextAsync(name);
    }

    public async Task AddNumberSpecificationAsync(string name, string unit, bool required)
    {
        await Specifications.GetByRole(AriaRole.Button, new() { Name = "Add specification" }).ClickAsync();
        await Dialog.GetByLabel("Name", new() { Exact = true }).FillAsync(name);
        await Dialog.GetByLabel("Unit").FillAsync(unit);
        if (required)
        {
            await Dialog.GetByText("Required for a complete card", new() { Exact = true }).ClickAsync();
            await Expect(Dialog.GetByRole(AriaRole.Checkbox, new() { Name = "Required for a complete card" })).ToBeCheckedAsync();
        }
    }

    public async Task SaveSpecificationAsync() => await Dialog.GetByRole(AriaRole.Button, new() { Name = "Save specification" }).ClickAsync();

    private async Task AddAsync(ILocator opener, string name)
    {
        await FillNameAndSubmitAsync(opener, name);
        await Expect(Dialog).ToHaveCountAsync(0);
        await Expect(SelectedName).ToHaveTextAsync(name);
    }
}
