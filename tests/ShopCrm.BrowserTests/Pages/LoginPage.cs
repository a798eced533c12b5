using System.Text.RegularExpressions;

namespace ShopCrm.BrowserTests.Pages;

public sealed partial class LoginPage(IPage page)
{
    public const string Path = "/account/login";

    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "Log in", Level = 1 });

    public ILocator Email => page.GetByLabel("E-mail", new() { Exact = true });

    public ILocator Password => page.GetByLabel("Password", new() { Exact = true });

    public ILocator SubmitButton => page.GetByRole(AriaRole.Button, new() { Name = "Log in", Exact = true });

    public ILocator Error => page.GetByRole(AriaRole.Alert);

    public async Task<LoginPage> OpenAsync()
    {
        await page.GotoAsync(Path);
        await ExpectShownAsync();
        return this;
    }

    public async Task SubmitAsync(string email, string password)
    {
        await Email.FillAsync(email);
        await Password.FillAsync(password);
        await SubmitButton.ClickAsync();
    }

    public async Task<ShellPage> LogInAsync(string email, string password)
    {
        await SubmitAsync(email, password);
        await Expect(page).Not.ToHaveURLAsync(LoginAddress());
        var shell = new ShellPage(page);
        await shell.WaitUntilInteractiveAsync();
        return shell;
    }

    public async Task ExpectShownAsync()
    {
        await Expect(page).ToHaveURLAsync(LoginAddress());
        await Expect(Heading).ToBeVisibleAsync();
        await Expect(Email).ToBeVisibleAsync();
    }

    [GeneratedRegex(@"/account/login(\?.*)?$")]
    public static partial Regex LoginAddress();
}
