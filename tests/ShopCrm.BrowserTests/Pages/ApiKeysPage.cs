namespace ShopCrm.BrowserTests.Pages;

public sealed class ApiKeysPage(IPage page)
{
    public const string Path = "/admin/api-keys";

    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "API keys", Level = 1 });

    public ILocator NameBox => page.GetByLabel("Name (who uses it)");

    public ILocator CreateButton => page.GetByRole(AriaRole.Button, new() { Name = "Create key" });

    public ILocator NewKey => page.Locator("code.new-key");

    public ILocator Grid => page.GetByRole(AriaRole.Grid);

    public ILocator Scope(string description) => page.GetByRole(AriaRole.Checkbox, new() { Name = description, Exact = true });

    public ILocator RowFor(string keyName) => Grid.GetByRole(AriaRole.Row).Filter(new() { HasText = keyName });

    public ILocator RevokeButtonFor(string keyName) => RowFor(keyName).GetByRole(AriaRole.Button, new() { Name = "Revoke" });

    public async Task<string> CreateAsync(string keyName, params string[] scopeDescriptions)
    {
        await NameBox.FillAsync(keyName);
        foreach (var scope in scopeDescriptions)
        {
            await Scope(scope).ClickAsync();
            await Expect(Scope(scope)).ToBeCheckedAsync();
        }

        await CreateButton.ClickAsync();
        await Expect(NewKey).ToBeVisibleAsync();
        return (await NewKey.InnerTextAsync()).Trim();
    }

    // Revoking asks for confirmation first.
    public async Task RevokeAsync(string keyName)
    {
        await RevokeButtonFor(keyName).ClickAsync();
        await page.Locator(".rz-dialog").GetByRole(AriaRole.Button, new() { Name = "Revoke" }).ClickAsync();
    }
}
