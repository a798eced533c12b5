using System.Text;

namespace ShopCrm.Core.Security;

// The role table of docs/security.md, rendered from the declared permissions so the document cannot drift
// from the code (SecurityDocTests compares them). Rows are sorted by group and name, so the text does not
// depend on the order modules are registered in.
public static class PermissionTable
{
    public const string Start = "<!-- permission table: generated from the PermissionDefinitions, see SecurityDocTests -->";
    public const string End = "<!-- end of the permission table -->";

    public static string Render(IEnumerable<PermissionDefinition> declared)
    {
        var permissions = declared.OrderBy(p => p.Group, StringComparer.Ordinal).ThenBy(p => p.Name, StringComparer.Ordinal).ToList();
        var text = new StringBuilder();
        text.AppendLine(Start);
        text.AppendLine();
        text.AppendLine("| group | permission | what it allows | " + string.Join(" | ", Roles.All.Select(Roles.DisplayName)) + " |");
        text.AppendLine("|---|---|---|" + string.Concat(Roles.All.Select(_ => ":-:|")));
        foreach (var permission in permissions.Where(p => !p.IsSiteApiScope))
        {
            var marks = Roles.All.Select(role => role == Roles.Owner || permission.DefaultRoles.Contains(role) ? "yes" : "");
            text.AppendLine($"| {permission.Group} | `{permission.Name}` | {permission.Description} | {string.Join(" | ", marks)} |");
        }

        text.AppendLine();
        text.AppendLine("Scopes an API key of the e-shop can hold (no person holds these):");
        text.AppendLine();
        text.AppendLine("| scope | what it allows |");
        text.AppendLine("|---|---|");
        foreach (var scope in permissions.Where(p => p.IsSiteApiScope))
        {
            text.AppendLine($"| `{scope.Name}` | {scope.Description} |");
        }

        text.AppendLine();
        text.Append(End);
        return text.ToString().ReplaceLineEndings("\n");
    }
}
