using PdfSharp.Drawing;

namespace ShopCrm.Core.Pdf;

internal static class TextWrapper
{
    // Breaks at spaces; explicit line breaks are kept, and runs of spaces collapse to one.
    public static List<string> Wrap(XGraphics graphics, string text, XFont font, double width)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = "";
            foreach (var word in paragraph.Replace('\t', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (Fits(graphics, candidate, font, width))
                {
                    line = candidate;
                    continue;
                }

                if (line.Length > 0)
                {
                    lines.Add(line);
                }

                line = word;
                // A word wider than the column (a long SKU, an URL) is cut where it has to be.
                while (!Fits(graphics, line, font, width))
                {
                    var cut = LongestFittingPrefix(graphics, line, font, width);
                    lines.Add(line[..cut]);
                    line = line[cut..];
                }
            }

            lines.Add(line);
        }

        return lines;
    }

    public static string Shorten(XGraphics graphics, string text, XFont font, double width)
    {
        const string Ellipsis = "…";
        if (text.Length == 0 || Fits(graphics, text, font, width))
        {
            return text;
        }

        var room = width - graphics.MeasureString(Ellipsis, font).Width;
        return text[..LongestFittingPrefix(graphics, text, font, room)].TrimEnd() + Ellipsis;
    }

    private static bool Fits(XGraphics graphics, string text, XFont font, double width) =>
        graphics.MeasureString(text, font).Width <= width;

    // At least one character, so that even a column too narrow for any letter makes progress.
    private static int LongestFittingPrefix(XGraphics graphics, string word, XFont font, double width)
    {
        var low = 1;
        var high = word.Length - 1;
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (Fits(graphics, word[..middle], font, width))
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        // Never split a surrogate pair.
        if (char.IsHighSurrogate(word[low - 1]))
        {
            low = low > 1 ? low - 1 : low + 1;
        }

        return low;
    }
}
