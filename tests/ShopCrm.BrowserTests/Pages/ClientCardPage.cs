namespace ShopCrm.BrowserTests.Pages;

// A client's card: /clients/{id}.
public sealed class ClientCardPage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    public ILocator Statistics => page.GetByRole(AriaRole.Region, new() { Name = "Statistics" });

    public ILocator Timeline => page.GetByRole(AriaRole.Grid);

    // One entry's text block: its title, the detail when it adds something, and who logged it.
    public ILocator TimelineEntry(string title) => Timeline.Locator(".cl-timeline-entry").Filter(new() { Has = page.GetByText(title, new() { Exact = true }) });

    public ILocator WhatHappened => page.GetByRole(AriaRole.Textbox, new() { Name = "What happened" });

    public ILocator AddToTimelineButton => page.GetByRole(AriaRole.Button, new() { Name = "Add to timeline" });

    public ILocator TaskTitle => page.GetByRole(AriaRole.Textbox, new() { Name = "What to do" });

    public ILocator TaskDue => page.GetByRole(AriaRole.Textbox, new() { Name = "When", Exact = true });

    public ILocator AddTaskButton => page.GetByRole(AriaRole.Button, new() { Name = "Add task" });

    public ILocator OpenTask(string title) => page.GetByText(title, new() { Exact = false });

    public ILocator Statistic(string label) => Statistics.Locator(".cl-stat").Filter(new() { Has = page.GetByText(label, new() { Exact = true }) }).Locator(".cl-stat-value");

    public Task PickAsync(string field, string option) => DropDowns.PickAsync(page, field, option);

    public ILocator Contacts => page.GetByRole(AriaRole.Region, new() { Name = "Contacts" });

    public ILocator EditButton => page.GetByRole(AriaRole.Button, new() { Name = "Edit details" });

    public ILocator Field(string name) => page.GetByRole(AriaRole.Textbox, new() { Name = name, Exact = true });

    public ILocator SaveButton => page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true });

    // What the e-shop sent for fields staff had changed since, each with its two answers.
    public ILocator SiteDifferences => page.Locator("[aria-label='Differences from the e-shop']");

    public ILocator SiteDifference(string label) => SiteDifferences.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Cell, new() { Name = label, Exact = true }) });

    public ILocator TakeSiteValueButton(string label) => page.GetByRole(AriaRole.Button, new() { Name = $"Take the e-shop's {label.ToLowerInvariant()}", Exact = true });

    // Typed as a person types it into the picker's box, in the shop's format ("23 Nov 2026 17:05").
    public async Task SetDueAsync(string text)
    {
        await TaskDue.FillAsync(text);
        await TaskDue.PressAsync("Tab");
    }
}
