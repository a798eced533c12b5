using System.Net;
using System.Text.RegularExpressions;

namespace ShopCrm.Tests.Infrastructure;

// The antiforgery token a rendered form or page carries, for posting it back as a browser would.
public static partial class AntiforgeryField
{
    public static string TokenIn(string html) => Token().Match(html) is { Success: true } match
        ? WebUtility.HtmlDecode(match.Groups[1].Value)
        : throw new InvalidOperationException("The page has no antiforgery token.");

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
