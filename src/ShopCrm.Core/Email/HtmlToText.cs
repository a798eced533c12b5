using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace ShopCrm.Core.Email;

// A rough plain-text twin for the HTML body: mail without one looks like spam to filters, and some
// people read mail as text. Templates are our own markup, so simple patterns are enough.
internal static partial class HtmlToText
{
    public static string Convert(string html)
    {
        var text = InvisibleBlocks().Replace(html, string.Empty);
        text = Whitespace().Replace(text, " ");
        text = Links().Replace(text, match => LinkText(match.Groups["href"].Value, match.Groups["text"].Value));
        text = ListItems().Replace(text, "\n- ");
        text = LineBreaks().Replace(text, "\n");
        text = CellEnds().Replace(text, " ");
        text = Tags().Replace(text, string.Empty);
        text = WebUtility.HtmlDecode(text).Replace('\u00A0', ' ');

        var result = new StringBuilder();
        var blankLines = 0;
        foreach (var line in text.Split('\n'))
        {
            var trimmed = Whitespace().Replace(line, " ").Trim();
            blankLines = trimmed.Length == 0 ? blankLines + 1 : 0;
            if (blankLines <= 1)
            {
                result.Append(trimmed).Append('\n');
            }
        }

        return result.ToString().Trim();
    }

    private static string LinkText(string href, string inner)
    {
        var label = Tags().Replace(inner, string.Empty).Trim();
        var url = WebUtility.HtmlDecode(href);
        // A bare link's text is already its address; anything else keeps the address so it can be copied.
        return label.Length == 0 || WebUtility.HtmlDecode(label) == url ? url : $"{label} ({url})";
    }

    [GeneratedRegex(@"<!--.*?-->|<(head|style|script|title)\b[^>]*>.*?</\1\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex InvisibleBlocks();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"<a\b[^>]*?\bhref\s*=\s*[""'](?<href>[^""']*)[""'][^>]*>(?<text>.*?)</a\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Links();

    [GeneratedRegex(@"<li\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex ListItems();

    [GeneratedRegex(@"<br\s*/?>|</?(p|div|tr|table|h[1-6]|ul|ol|blockquote|hr)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex LineBreaks();

    [GeneratedRegex(@"</t[dh]\s*>", RegexOptions.IgnoreCase)]
    private static partial Regex CellEnds();

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex Tags();
}
