using System.Security.Claims;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ShopCrm.Core.Api;
using ShopCrm.Core.Auditing;
using ShopCrm.Core.Company;
using ShopCrm.Core.Data;
using ShopCrm.Tests.Infrastructure;

namespace ShopCrm.Tests.Core.Auditing;

public sealed class AuditLogTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_change_records_who_changed_which_fields_from_what_to_what(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        await using (var db = await host.NewContextAsync())
        {
            db.CompanyProfiles.Add(new CompanyProfile { Name = "Stara nazwa", Currency = "PLN" });
            await db.SaveChangesAsync();
        }

        CurrentUser.CircuitUser = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, "anna@sklep.pl"), new Claim(ClaimTypes.NameIdentifier, "u-1")], "Test"));
        try
        {
            await using var db = await host.NewContextAsync();
            var profile = await db.CompanyProfiles.SingleAsync();
            profile.Name = "Wędkarski Raj";
            await db.SaveChangesAsync();
        }
        finally
        {
            CurrentUser.CircuitUser = null;
        }

        await using var check = await host.NewContextAsync();
        var entries = await check.AuditEntries.OrderBy(e => e.Id).ToListAsync();
        Assert.Equal(["Added", "Modified"], entries.Select(e => e.Action));
        Assert.Equal("system", entries[0].UserName);
        var update = entries[1];
        Assert.Equal(("anna@sklep.pl", "u-1", "CompanyProfile", "1"), (update.UserName, update.UserId, update.EntityType, update.EntityKey));
        var changes = JsonSerializer.Deserialize<Dictionary<string, string?[]>>(update.Changes)!;
        Assert.Equal(["Name"], changes.Keys);
        Assert.Equal(new[] { "Stara nazwa", "Wędkarski Raj" }, changes["Name"]!.Select(v => v!));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_new_row_is_audited_under_the_key_the_database_gave_it(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);

        var first = await host.Get<ApiKeyService>().CreateAsync("e-shop", ["api.shop.read"], "owner");
        var second = await host.Get<ApiKeyService>().CreateAsync("mobile app", ["api.shop.read"], "owner");

        await using var db = await host.NewContextAsync();
        var keys = await db.AuditEntries.Where(e => e.EntityType == nameof(ApiKey)).OrderBy(e => e.Id).Select(e => e.EntityKey).ToListAsync();
        Assert.Equal([first.Key.Id.ToString(), second.Key.Id.ToString()], keys);
        Assert.NotEqual(first.Key.Id, second.Key.Id);
    }
}
