namespace ShopCrm.BrowserTests.Pages;

public sealed class AuditLogPage(IPage page)
{
    public const string Path = "/admin/audit";

    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "Audit log", Level = 1 });

    public ILocator Grid => page.GetByRole(AriaRole.Grid);

    public ILocator NoRecords => Grid.GetByText("Nothing has been changed yet.");

    public ILocator RowsAbout(string entityType) => Grid.GetByRole(AriaRole.Row).Filter(new() { HasText = entityType });
}
