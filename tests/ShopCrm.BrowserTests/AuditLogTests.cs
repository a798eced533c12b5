using ShopCrm.BrowserTests.Infrastructure;
using ShopCrm.BrowserTests.Pages;
using ShopCrm.Core.Security;

namespace ShopCrm.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class AuditLogTests(BrowserApp app)
{
    [Fact]
    public async Task The_audit_log_lists_the_recorded_changes_as_soon_as_it_opens()
    {
        await using var session = await app.OpenSessionAsync();
        var shell = await DemoLogin.AsAsync(session.Page, Roles.Accountant);

        await shell.OpenMenuEntryAsync("Audit log", AuditLogPage.Path);

        // Seeding the demo (company profile, gift cards) is made of audited changes, so the log is never empty here.
        var audit = new AuditLogPage(session.Page);
        await Expect(audit.Heading).ToBeVisibleAsync();
        await shell.WaitUntilLoadedAsync();
        await Expect(audit.RowsAbout("Certificate").First).ToBeVisibleAsync();
        await Expect(audit.NoRecords).ToHaveCountAsync(0);
    }
}
