using Microsoft.Extensions.DependencyInjection;
using ShopCrm.Core.Modules;
using ShopCrm.Core.Security;
using ShopCrm.Tests.Infrastructure;

namespace ShopCrm.Tests.Security;

// docs/security.md shows what each role may do; the table is rendered from the permissions every module
// of the app declares, so a permission added or a default changed without the document fails here.
public sealed class SecurityDocTests
{
    [Fact]
    public void The_role_table_in_docs_security_md_is_the_one_the_permission_declarations_give()
    {
        using var factory = new WebAppFactory { Settings = new Dictionary<string, string> { ["Demo:SeedOnFirstRun"] = "false" } };
        var declared = factory.Services.GetRequiredService<ShopModuleCatalog>().Permissions;
        var expected = PermissionTable.Render(declared);
        var document = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "security.md")).ReplaceLineEndings("\n");

        Assert.Contains(CorePermissions.Dashboard, expected, StringComparison.Ordinal);
        Assert.True(
            document.Contains(expected, StringComparison.Ordinal),
            "docs/security.md does not hold the current permission table. Replace the table in it, from its first marker line to its last, with:\n\n" + expected + "\n");
        Assert.Equal(1, Occurrences(document, PermissionTable.Start));
        Assert.Equal(1, Occurrences(document, PermissionTable.End));
    }

    [Fact]
    public void The_table_marks_the_default_roles_and_gives_the_owner_everything()
    {
        var table = PermissionTable.Render(
        [
            new("b.second", "Beta", "Second thing", [Roles.Moderator]),
            new("a.first", "Alpha", "First thing", [Roles.Accountant, Roles.OrderManager]),
            new("api.scope", "Site API", "A scope", [], IsSiteApiScope: true),
        ]).Split('\n');

        Assert.Equal("| Alpha | `a.first` | First thing | yes | yes |  |  | yes |  |", table[4]);
        Assert.Equal("| Beta | `b.second` | Second thing | yes |  |  |  |  | yes |", table[5]);
        Assert.Contains("| `api.scope` | A scope |", table);
        Assert.DoesNotContain(table, line => line.Contains("`api.scope` | A scope | yes", StringComparison.Ordinal));
    }

    private static int Occurrences(string text, string part) => text.Split(part).Length - 1;

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(folder!.FullName, "ShopCrm.sln")))
        {
            folder = folder.Parent;
        }

        return folder.FullName;
    }
}
