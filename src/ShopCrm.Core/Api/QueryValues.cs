using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace ShopCrm.Core.Api;

// The filter values of a QueryAddress read back; anything that does not parse is no filter.
public static class QueryValues
{
    public static int? Number(IQueryCollection query, string name) =>
        int.TryParse(query[name], NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;

    public static long? LongNumber(IQueryCollection query, string name) =>
        long.TryParse(query[name], NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;

    public static TEnum? Choice<TEnum>(IQueryCollection query, string name)
        where TEnum : struct, Enum =>
        Enum.TryParse<TEnum>(query[name], ignoreCase: true, out var value) && Enum.IsDefined(value) ? value : null;

    public static string? Text(IQueryCollection query, string name) =>
        string.IsNullOrWhiteSpace(query[name]) ? null : query[name].ToString();

    public static bool Flag(IQueryCollection query, string name) =>
        string.Equals(query[name], "true", StringComparison.OrdinalIgnoreCase);

    public static DateTime? UtcTime(IQueryCollection query, string name) =>
        DateTime.TryParse(query[name], CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var value)
            ? DateTime.SpecifyKind(value, DateTimeKind.Utc)
            : null;
}
