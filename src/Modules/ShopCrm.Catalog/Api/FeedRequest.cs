using System.Globalization;
using Microsoft.AspNetCore.Http;
using ShopCrm.Catalog.Services.Search;

namespace ShopCrm.Catalog.Api;

// The feed's query string read by hand: spec.{id} and range.{id} keys are open-ended, and every
// mistake must come back as one clear sentence rather than a framework binding error.
internal sealed record FeedRequest(CatalogSearchFilter Filter, FeedCursor? Cursor, int PageSize)
{
    public const int DefaultPageSize = 50;

    private static readonly HashSet<string> KnownKeys = ["category", "tags", "brand", "priceMin", "priceMax", "inStock", "cursor", "pageSize"];

    public static (FeedRequest? Request, string? Error) Parse(IQueryCollection query)
    {
        var options = new Dictionary<int, IReadOnlyList<string>>();
        var ranges = new Dictionary<int, NumberRange>();
        foreach (var (key, values) in query)
        {
            if (key.StartsWith("spec.", StringComparison.OrdinalIgnoreCase))
            {
                if (!TryId(key[5..], out var id))
                {
                    return (null, $"'{key}' is not a specification filter: use spec.{{definition id}}=value.");
                }

                options[id] = values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).ToList();
            }
            else if (key.StartsWith("range.", StringComparison.OrdinalIgnoreCase))
            {
                if (!TryId(key[6..], out var id))
                {
                    return (null, $"'{key}' is not a range filter: use range.{{definition id}}=min..max.");
                }

                if (ParseRange(values.ToString()) is not { } range)
                {
                    return (null, $"'{values}' is not a range for {key}: use min..max with either end left out, such as 2.1..3.0 or 10..");
                }

                ranges[id] = range;
            }
            else if (!KnownKeys.Contains(key, StringComparer.OrdinalIgnoreCase))
            {
                return (null, $"Unknown filter '{key}'. Filters are {string.Join(", ", KnownKeys)}, spec.{{id}} and range.{{id}}.");
            }
        }

        if (!TryOptionalId(query, "category", out var category) || !TryOptionalId(query, "brand", out var brand))
        {
            return (null, "category and brand take a whole number (an id).");
        }

        var tags = new List<int>();
        foreach (var part in query["tags"].SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            if (!TryId(part, out var tag))
            {
                return (null, $"'{part}' is not a tag id: tags takes ids separated by commas, such as tags=3,7.");
            }

            tags.Add(tag);
        }

        if (!TryPrice(query, "priceMin", out var min) || !TryPrice(query, "priceMax", out var max))
        {
            return (null, "priceMin and priceMax take a gross price with a dot for decimals, such as 199.99.");
        }

        var inStock = false;
        if (query.TryGetValue("inStock", out var stockText) && !bool.TryParse(stockText.ToString(), out inStock))
        {
            return (null, "inStock takes true or false.");
        }

        FeedCursor? cursor = null;
        if (query.TryGetValue("cursor", out var cursorText) && !FeedCursor.TryDecode(cursorText.ToString(), out cursor))
        {
            return (null, "The cursor is not one this feed gave out. Start again without a cursor.");
        }

        var pageSize = DefaultPageSize;
        if (query.TryGetValue("pageSize", out var sizeText)
            && (!int.TryParse(sizeText.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out pageSize) || pageSize is < 1 or > CatalogSearch.MaxPageSize))
        {
            return (null, $"pageSize takes a number from 1 to {CatalogSearch.MaxPageSize}.");
        }

        var filter = new CatalogSearchFilter
        {
            CategoryId = category,
            BrandId = brand,
            TagIds = tags,
            MinGrossPriceMinor = min,
            MaxGrossPriceMinor = max,
            InStockOnly = inStock,
            OptionValues = options,
            NumberRanges = ranges,
        };
        return (new FeedRequest(filter, cursor, pageSize), null);
    }

    private static bool TryId(string text, out int id) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out id) && id > 0;

    private static bool TryOptionalId(IQueryCollection query, string key, out int? id)
    {
        id = null;
        if (!query.TryGetValue(key, out var text))
        {
            return true;
        }

        if (!TryId(text.ToString(), out var value))
        {
            return false;
        }

        id = value;
        return true;
    }

    private static bool TryPrice(IQueryCollection query, string key, out long? minor)
    {
        minor = null;
        if (!query.TryGetValue(key, out var text))
        {
            return true;
        }

        if (!decimal.TryParse(text.ToString(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount) || amount > 100_000_000m)
        {
            return false;
        }

        minor = (long)Math.Round(amount * 100m, MidpointRounding.AwayFromZero);
        return true;
    }

    private static NumberRange? ParseRange(string text)
    {
        var parts = text.Split("..");
        if (parts.Length != 2 || (parts[0].Length == 0 && parts[1].Length == 0))
        {
            return null;
        }

        double? low = null, high = null;
        if (parts[0].Length > 0)
        {
            if (!double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
            {
                return null;
            }

            low = value;
        }

        if (parts[1].Length > 0)
        {
            if (!double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
            {
                return null;
            }

            high = value;
        }

        return new NumberRange(low, high);
    }
}
