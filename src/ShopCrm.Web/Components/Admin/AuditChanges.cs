using System.Text.Json;

namespace ShopCrm.Web.Components.Admin;

// Turns the stored {"Field": [old, new]} JSON into lines a person reads: "Name: Old → New".
public static class AuditChanges
{
    public sealed record Change(string Field, string Text);

    public static IReadOnlyList<Change> Describe(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateObject().Select(property =>
        {
            var values = property.Value.EnumerateArray().Select(Show).ToList();
            var text = values switch
            {
                ["—", var added] => added,
                [var removed, "—"] => removed + " (removed)",
                [var before, var after] => $"{before} → {after}",
                _ => string.Join(", ", values),
            };
            return new Change(property.Name, text);
        }).ToList();
    }

    private static string Show(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null => "—",
        JsonValueKind.String => value.GetString() is { Length: > 80 } text ? text[..80] + "…" : value.GetString()!,
        _ => value.GetRawText(),
    };
}
