namespace ShopCrm.BrowserTests.Pages;

// What every signed-in page shares: the header with the user and "Log out", the sidebar menu and the
// marker that says the Blazor circuit is connected (buttons ignore clicks before that).
public sealed class ShellPage(IPage page)
{
    public ILocator Menu => page.GetByRole(AriaRole.Menu, new() { Name = "Menu", Exact = true });

    public ILocator MenuEntries => Menu.GetByRole(AriaRole.Link);

    // The text only, without the icon's ligature name that innerText of the whole link would include.
    public ILocator MenuEntryTitles => MenuEntries.Locator(".rz-navigation-item-text");

    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    public ILocator ErrorPanel => page.GetByText("Something went wrong");

    // The top bar's bell: "Reminders" or "Reminders, 2 unread"; it opens the latest as a small panel.
    public ILocator ReminderBell => page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Reminders") });

    public ILocator Reminders => page.GetByRole(AriaRole.Dialog, new() { Name = "Reminders" });

    public ILocator LogOutButton => page.GetByRole(AriaRole.Button, new() { Name = "Log out" });

    public Task WaitUntilInteractiveAsync() =>
        page.Locator(".circuit-state[data-interactive=true]").WaitForAsync(new() { State = WaitForSelectorState.Attached });

    public async Task OpenMenuEntryAsync(string title, string expectedPath)
    {
        await Menu.GetByRole(AriaRole.Link, new() { Name = title, Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Uri(new Uri(page.Url), expectedPath).ToString());
    }

    // Grids load their rows and charts measure themselves after the first render; a screenshot taken
    // earlier shows a spinner or an empty box.
    public async Task WaitUntilLoadedAsync()
    {
        await Expect(page.Locator(".rz-chart:not(:has(svg))")).ToHaveCountAsync(0);
        await Expect(page.Locator(".rz-datatable-loading-content")).ToHaveCountAsync(0);
        await Expect(page.Locator(".rz-datatable-loading")).ToHaveCountAsync(0);
    }

    // "Saved" and similar notices fade after a few seconds; until then they cover the top bar's panels.
    public async Task WaitUntilToastsGoneAsync() => await Expect(page.Locator(".rz-notification-item")).ToHaveCountAsync(0);

    public async Task LogOutAsync() => await LogOutButton.ClickAsync();
}
