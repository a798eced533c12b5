using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ShopCrm.Certificates;
using ShopCrm.Clients;
using ShopCrm.Core.Data;
using ShopCrm.Core.Security;

namespace ShopCrm.Tests.Security;

// Issue 11, item 10: default grants give each role what the README's role table says and no more, and
// migration 0021 takes the wrong defaults back from databases that got them.
public sealed class DefaultGrantTests(SecurityApps apps) : IClassFixture<SecurityApps>
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task The_moderator_opens_only_the_dashboard_and_no_client_page(DatabaseProvider provider)
    {
        var app = await apps.OnAsync(provider);
        var moderator = await app.LogInAsync(await app.CreateUserAsync(Roles.Moderator));

        var granted = await app.Services.GetRequiredService<PermissionStore>().PermissionsOfRoleAsync(Roles.Moderator);

        Assert.Equal(new[] { CorePermissions.Dashboard }, granted.Order());
        Assert.Equal(HttpStatusCode.OK, (await moderator.Http.GetAsync("/")).StatusCode);
        foreach (var path in new[] { "/clients", "/clients/1", "/tasks", "/clients/duplicates", "/clients/segments", "/clients/1/gdpr-export.zip" })
        {
            var response = await moderator.Http.GetAsync(path);
            Assert.True(
                response.StatusCode == HttpStatusCode.Forbidden
                || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.AbsolutePath == "/account/access-denied"),
                $"{path} answered {(int)response.StatusCode} {response.Headers.Location}");
        }
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Migration_0021_takes_back_the_wrong_default_grants_and_keeps_the_rest(DatabaseProvider provider)
    {
        var app = await apps.OnAsync(provider);
        var contexts = app.Services.GetRequiredService<IDbContextFactory<ShopDbContext>>();
        await using (var db = await contexts.CreateDbContextAsync())
        {
            // A database that got the old defaults, before 0021 ran.
            db.RolePermissions.AddRange(
                new RolePermission { RoleName = Roles.Moderator, Permission = ClientPermissions.View },
                new RolePermission { RoleName = Roles.Moderator, Permission = ClientPermissions.Tasks },
                new RolePermission { RoleName = Roles.OrderManager, Permission = CertificatePermissions.Sell });
            await db.SaveChangesAsync();
            await db.Database.ExecuteSqlRawAsync("DELETE FROM \"__EFMigrationsHistory\" WHERE \"MigrationId\" = '0021_least_privilege_defaults'");
        }

        var applied = await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync();

        Assert.Equal(new[] { "0021_least_privilege_defaults" }, applied);
        await using var check = await contexts.CreateDbContextAsync();
        var grants = await check.RolePermissions.AsNoTracking().Select(g => g.RoleName + " " + g.Permission).ToListAsync();
        Assert.DoesNotContain(Roles.Moderator + " " + ClientPermissions.View, grants);
        Assert.DoesNotContain(Roles.Moderator + " " + ClientPermissions.Tasks, grants);
        Assert.DoesNotContain(Roles.OrderManager + " " + CertificatePermissions.Sell, grants);
        Assert.Contains(Roles.Accountant + " " + CertificatePermissions.Sell, grants);
        Assert.Contains(Roles.OrderManager + " " + ClientPermissions.View, grants);
        Assert.Contains(Roles.Moderator + " " + CorePermissions.Dashboard, grants);
    }
}
