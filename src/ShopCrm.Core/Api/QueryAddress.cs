using System.Globalization;

namespace ShopCrm.Core.Api;

// A download address carrying the filter of the list it comes from, for the list's "Export CSV" link;
// values are written culture-invariant, and empty ones are left out.
public sealed class QueryAddress(string path)
{
    private readonly List<string> parts = [];

    public QueryAddress Add(string name, object? value)
    {
        var text = value switch
        {
            null => null,
            DateTime at => at.ToString("O", CultureInfo.InvariantCulture),
            bool flag => flag ? "true" : null,
            _ => Convert.ToString(value, CultureInfo.InvariantCulture),
        };
        if (!string.IsNullOrWhiteSpace(text))
        {
            parts.Add($"{name}={Uri.EscapeDataString(text)}");
        }

        return this;
    }

    public override string ToString() => parts.Count == 0 ? path : $"{path}?{string.Join('&', parts)}";
}
