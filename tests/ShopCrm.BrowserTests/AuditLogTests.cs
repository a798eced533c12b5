using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ShopCrm.BrowserTests.Infrastructure;
using ShopCrm.BrowserTests.Pages;
using ShopCrm.Catalog.Domain;
using ShopCrm.Core.Data;
using ShopCrm.Core.Security;

namespace ShopCrm.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class AuditLogTests(BrowserApp app)
{
    [Fact]
    public async Task The_audit_log_lists_the_recorded_changes_as_soon_as_it_opens()
    {
        // A change made just now is the newest, whatever other tests in this app changed before.
        var contexts = app.Services.GetRequiredService<IDbContextFactory<ShopDbContext>>();
        await using (var db = await contexts.CreateDbContextAsync())
        {
            db.Add(new Supplier { Name = $"Hurtownia Wędkarska {Guid.NewGuid():N}" });
            await db.SaveChangesAsync();
        }

        await using var session = await app.OpenSessionAsync();
        var shell = await DemoLogin.AsAsync(session.Page, Roles.Accountant);

        await shell.OpenMenuEntryAsync("Audit log", AuditLogPage.Path);

        var audit = new AuditLogPage(session.Page);
        await Expect(audit.Heading).ToBeVisibleAsync();
        await shell.WaitUntilLoadedAsync();
        await Expect(audit.RowsAbout("Supplier").First).ToBeVisibleAsync();
        await Expect(audit.NoRecords).ToHaveCountAsync(0);
    }
}
