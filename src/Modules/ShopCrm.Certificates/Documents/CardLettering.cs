using PdfSharp.Drawing;

namespace ShopCrm.Certificates.Documents;

// Text on a fixed card layout: written in a box, spaced out, shrunk to fit, wrapped or shortened, since
// nothing on the card may run past its place.
internal static class CardLettering
{
    public const string Ellipsis = "…";

    public static void Text(
        XGraphics graphics, string text, XFont font, XBrush brush, double x, double top, double width, XStringFormat format)
    {
        if (text.Length > 0)
        {
            graphics.DrawString(text, font, brush, new XRect(x, top, width, font.GetHeight()), format);
        }
    }

    public static double SpacedWidth(XGraphics graphics, string text, XFont font, double tracking) =>
        text.Sum(ch => graphics.MeasureString(ch.ToString(), font).Width) + tracking * Math.Max(0, text.Length - 1);

    public static void DrawSpaced(XGraphics graphics, string text, XFont font, XBrush brush, double x, double top, double tracking)
    {
        foreach (var ch in text)
        {
            var glyph = ch.ToString();
            Text(graphics, glyph, font, brush, x, top, 100, XStringFormats.TopLeft);
            x += graphics.MeasureString(glyph, font).Width + tracking;
        }
    }

    // Largest size from start down to min that fits on one line; below that, Shorten cuts the text.
    public static XFont FitFont(
        XGraphics graphics, string text, CertificateCardPdf.CardStyle style, double start, double min, bool bold, double width)
    {
        for (var size = start; size > min; size -= 1)
        {
            var font = style.Sized(size, bold);
            if (graphics.MeasureString(text, font).Width <= width)
            {
                return font;
            }
        }

        return style.Sized(min, bold);
    }

    // Breaks at spaces and keeps explicit line breaks; past maxLines the last line ends with an ellipsis.
    public static List<string> Wrap(XGraphics graphics, string text, XFont font, double width, int maxLines)
    {
        var lines = new List<string>();
        var truncated = false;
        foreach (var paragraph in text.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = "";
            foreach (var word in paragraph.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (graphics.MeasureString(candidate, font).Width <= width)
                {
                    line = candidate;
                    continue;
                }

                if (line.Length > 0)
                {
                    lines.Add(line);
                }

                line = word;
                while (graphics.MeasureString(line, font).Width > width && line.Length > 1)
                {
                    var cut = FittingPrefix(graphics, line, font, width);
                    lines.Add(line[..cut]);
                    line = line[cut..];
                }
            }

            lines.Add(line);
            if (lines.Count > maxLines)
            {
                truncated = true;
                break;
            }
        }

        while (lines.Count > 0 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        if (lines.Count > maxLines)
        {
            truncated = true;
            lines.RemoveRange(maxLines, lines.Count - maxLines);
        }

        if (truncated)
        {
            lines[^1] = Shorten(graphics, lines[^1] + Ellipsis, font, width, force: true);
        }

        return lines;
    }

    public static string Shorten(XGraphics graphics, string text, XFont font, double width, bool force = false)
    {
        if (!force && graphics.MeasureString(text, font).Width <= width)
        {
            return text;
        }

        var body = text.EndsWith(Ellipsis, StringComparison.Ordinal) ? text[..^Ellipsis.Length] : text;
        body = body.TrimEnd();
        while (body.Length > 0 && graphics.MeasureString(body + Ellipsis, font).Width > width)
        {
            body = body[..^1].TrimEnd();
        }

        return body + Ellipsis;
    }

    public static int FittingPrefix(XGraphics graphics, string word, XFont font, double width)
    {
        var length = word.Length - 1;
        while (length > 1 && graphics.MeasureString(word[..length], font).Width > width)
        {
            length--;
        }

        // Never split a surrogate pair.
        return char.IsHighSurrogate(word[length - 1]) && length > 1 ? length - 1 : length;
    }

    // Fonts, brushes and pens for one document: made once and shared by all its pages.
}
