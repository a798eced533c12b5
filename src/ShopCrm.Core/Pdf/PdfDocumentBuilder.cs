using System.Globalization;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace ShopCrm.Core.Pdf;

// Content flows down the page and whatever does not fit starts a new one. Footers are drawn only when the
// document is saved, because "Page X of Y" needs the final page count. One builder makes one document.
public sealed class PdfDocumentBuilder
{
    private const double BodySize = 10;
    private const double HeadingSize = 13;
    private const double TableSize = 9;
    private const double SmallSize = 8;
    private const double BlockSpacing = 8;
    private const double BandGap = 10;
    private const double CellPadding = 3;
    private const double KeyValueGap = 8;

    private readonly PdfDocument document;
    private readonly string documentTitle;
    private readonly string documentHeader;
    private readonly double pageWidth;
    private readonly double pageHeight;
    private readonly double margin;
    private readonly double contentTop;
    private readonly double contentBottom;
    private readonly XFont body;
    private readonly XFont bold;
    private readonly XFont heading;
    private readonly XFont table;
    private readonly XFont tableBold;
    private readonly XFont small;
    private readonly XFont smallBold;
    private readonly XPen rulePen = new(XColors.DarkGray, 0.5);
    private readonly XBrush headerFill = new XSolidBrush(XColor.FromArgb(235, 235, 235));
    private XGraphics? page;
    private double y;
    private byte[]? pdf;

    public PdfDocumentBuilder(string title, string headerText, PdfPageLayout? layout = null)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(headerText);
        // Before the PdfDocument: PDFsharp refuses to create one until the license is set.
        PdfKit.Initialize();
        document = new PdfDocument();
        layout ??= PdfPageLayout.A4;

        documentTitle = title;
        documentHeader = headerText;
        pageWidth = XUnit.FromMillimeter(layout.WidthMillimetres).Point;
        pageHeight = XUnit.FromMillimeter(layout.HeightMillimetres).Point;
        margin = XUnit.FromMillimeter(layout.MarginMillimetres).Point;

        // Unicode only: with PDFsharp's automatic choice each face is embedded twice, once per encoding.
        var unicode = new XPdfFontOptions(PdfFontEncoding.Unicode);
        body = new XFont(PdfKit.FontFamily, BodySize, XFontStyleEx.Regular, unicode);
        bold = new XFont(PdfKit.FontFamily, BodySize, XFontStyleEx.Bold, unicode);
        heading = new XFont(PdfKit.FontFamily, HeadingSize, XFontStyleEx.Bold, unicode);
        table = new XFont(PdfKit.FontFamily, TableSize, XFontStyleEx.Regular, unicode);
        tableBold = new XFont(PdfKit.FontFamily, TableSize, XFontStyleEx.Bold, unicode);
        small = new XFont(PdfKit.FontFamily, SmallSize, XFontStyleEx.Regular, unicode);
        smallBold = new XFont(PdfKit.FontFamily, SmallSize, XFontStyleEx.Bold, unicode);

        contentTop = margin + small.GetHeight() + BandGap;
        contentBottom = pageHeight - margin - small.GetHeight() - BandGap;

        document.Info.Title = title;
        document.Info.Creator = "ShopCrm";
    }

    // {0} is the page number, {1} the page count; documents for Polish customers say "Strona {0} z {1}".
    public string PageNumberFormat { get; init; } = "Page {0} of {1}";

    private double Left => margin;

    private double ContentWidth => pageWidth - 2 * margin;

    private XGraphics Canvas
    {
        get
        {
            if (pdf is not null)
            {
                throw new InvalidOperationException("The document has been saved; start a new PdfDocumentBuilder for more content.");
            }

            return page ?? StartPage();
        }
    }

    public void Heading(string text)
    {
        var lines = Wrap(text, heading, ContentWidth);
        if (y > contentTop)
        {
            y += BlockSpacing;
        }

        // Keeps a heading with the start of what follows rather than alone at the foot of a page.
        EnsureSpace(lines.Count * heading.GetHeight() + 3 * body.GetHeight());
        WriteLines(lines, heading, Left, ContentWidth, XStringFormats.TopLeft);
        y += BlockSpacing / 2;
    }

    public void Paragraph(string text)
    {
        WriteLines(Wrap(text, body, ContentWidth), body, Left, ContentWidth, XStringFormats.TopLeft);
        y += BlockSpacing;
    }

    public void KeyValues(IEnumerable<(string Key, string Value)> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var list = pairs.ToList();
        if (list.Count == 0)
        {
            return;
        }

        var graphics = Canvas;
        // Keys share one column as wide as the longest, so values line up; long keys wrap at 40 %.
        var keyWidth = Math.Min(list.Max(p => graphics.MeasureString(p.Key, bold).Width) + KeyValueGap, ContentWidth * 0.4);
        var valueWidth = ContentWidth - keyWidth;
        foreach (var (key, value) in list)
        {
            var keyLines = Wrap(key, bold, keyWidth - KeyValueGap);
            var valueLines = Wrap(value, body, valueWidth);
            var lineHeight = body.GetHeight();
            EnsureSpace(Math.Max(keyLines.Count, valueLines.Count) * lineHeight);
            var top = y;
            DrawLines(keyLines, bold, Left, top, keyWidth - KeyValueGap, XStringFormats.TopLeft);
            DrawLines(valueLines, body, Left + keyWidth, top, valueWidth, XStringFormats.TopLeft);
            y = top + Math.Max(keyLines.Count, valueLines.Count) * lineHeight;
        }

        y += BlockSpacing;
    }

    public void Table(IReadOnlyList<PdfTableColumn> columns, IEnumerable<IReadOnlyList<string>> rows)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        if (columns.Count == 0 || columns.Any(c => !(c.RelativeWidth > 0)))
        {
            throw new ArgumentException("A table needs at least one column, each with a positive relative width.", nameof(columns));
        }

        var totalWidth = columns.Sum(c => c.RelativeWidth);
        double[] widths = [.. columns.Select(c => ContentWidth * c.RelativeWidth / totalWidth)];
        var header = WrapCells([.. columns.Select(c => c.Header)], tableBold, widths);
        var headerHeight = RowHeight(header, tableBold);
        var headerShown = false;
        foreach (var row in rows)
        {
            if (row.Count != columns.Count)
            {
                throw new ArgumentException($"A row has {row.Count} cells but the table has {columns.Count} columns.", nameof(rows));
            }

            var cells = WrapCells(row, table, widths);
            var height = RowHeight(cells, table);
            if (!headerShown || y + height > contentBottom)
            {
                // The header row opens the table on every page it reaches, and never sits alone at a page foot.
                EnsureSpace(headerHeight + height);
                DrawRow(header, columns, widths, headerHeight, tableBold, headerFill);
                headerShown = true;
            }

            DrawRow(cells, columns, widths, height, table, fill: null);
        }

        if (!headerShown)
        {
            EnsureSpace(headerHeight);
            DrawRow(header, columns, widths, headerHeight, tableBold, headerFill);
        }

        y += BlockSpacing;
    }

    public void Spacer(double millimetres)
    {
        _ = Canvas;
        y += XUnit.FromMillimeter(millimetres).Point;
    }

    public void PageBreak()
    {
        _ = Canvas;
        if (y > contentTop)
        {
            StartPage();
        }
    }

    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        stream.Write(Finish());
    }

    public byte[] ToBytes() => [.. Finish()];

    private XGraphics StartPage()
    {
        page?.Dispose();
        var pdfPage = document.AddPage();
        pdfPage.Width = XUnit.FromPoint(pageWidth);
        pdfPage.Height = XUnit.FromPoint(pageHeight);
        page = XGraphics.FromPdfPage(pdfPage);

        // A long company line gives way to the title, which says what the document is.
        var band = new XRect(Left, margin, ContentWidth, small.GetHeight());
        var headerWidth = ContentWidth - page.MeasureString(documentTitle, small).Width - BandGap;
        DrawText(page, TextWrapper.Shorten(page, documentHeader, smallBold, headerWidth), smallBold, band, XStringFormats.TopLeft);
        DrawText(page, documentTitle, small, band, XStringFormats.TopRight);
        page.DrawLine(rulePen, Left, band.Bottom + 2, band.Right, band.Bottom + 2);

        y = contentTop;
        return page;
    }

    // PDFsharp saves a document only once, so the bytes are kept for any later Save or ToBytes.
    private byte[] Finish()
    {
        if (pdf is not null)
        {
            return pdf;
        }

        // A document with no content still gets its one page, with header and footer.
        Canvas.Dispose();
        page = null;

        var count = document.PageCount;
        for (var number = 1; number <= count; number++)
        {
            using var graphics = XGraphics.FromPdfPage(document.Pages[number - 1], XGraphicsPdfPageOptions.Append);
            var band = new XRect(Left, pageHeight - margin - small.GetHeight(), ContentWidth, small.GetHeight());
            graphics.DrawLine(rulePen, Left, band.Top - 2, band.Right, band.Top - 2);
            var text = string.Format(CultureInfo.InvariantCulture, PageNumberFormat, number, count);
            DrawText(graphics, text, small, band, XStringFormats.TopRight);
        }

        using var buffer = new MemoryStream();
        document.Save(buffer, false);
        pdf = buffer.ToArray();
        return pdf;
    }

    // Starts a new page when the block will not fit, unless the page is still empty: a block taller than a
    // whole page would otherwise make pages forever.
    private void EnsureSpace(double height)
    {
        _ = Canvas;
        if (y + height > contentBottom && y > contentTop)
        {
            StartPage();
        }
    }

    private List<string> Wrap(string text, XFont font, double width)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TextWrapper.Wrap(Canvas, text, font, width);
    }

    private List<string>[] WrapCells(IReadOnlyList<string> cells, XFont font, double[] widths) =>
        [.. cells.Select((cell, i) => Wrap(cell ?? "", font, widths[i] - 2 * CellPadding))];

    private static double RowHeight(List<string>[] cells, XFont font) =>
        cells.Max(c => c.Count) * font.GetHeight() + 2 * CellPadding;

    private void WriteLines(List<string> lines, XFont font, double x, double width, XStringFormat format)
    {
        foreach (var line in lines)
        {
            EnsureSpace(font.GetHeight());
            DrawText(Canvas, line, font, new XRect(x, y, width, font.GetHeight()), format);
            y += font.GetHeight();
        }
    }

    private void DrawLines(List<string> lines, XFont font, double x, double top, double width, XStringFormat format)
    {
        foreach (var line in lines)
        {
            DrawText(Canvas, line, font, new XRect(x, top, width, font.GetHeight()), format);
            top += font.GetHeight();
        }
    }

    private void DrawRow(List<string>[] cells, IReadOnlyList<PdfTableColumn> columns, double[] widths, double height, XFont font, XBrush? fill)
    {
        var graphics = Canvas;
        if (fill is not null)
        {
            graphics.DrawRectangle(fill, Left, y, ContentWidth, height);
        }

        var x = Left;
        for (var i = 0; i < cells.Length; i++)
        {
            var format = columns[i].Alignment switch
            {
                PdfColumnAlignment.Right => XStringFormats.TopRight,
                PdfColumnAlignment.Center => XStringFormats.TopCenter,
                _ => XStringFormats.TopLeft,
            };
            DrawLines(cells[i], font, x + CellPadding, y + CellPadding, widths[i] - 2 * CellPadding, format);
            x += widths[i];
        }

        y += height;
        graphics.DrawLine(rulePen, Left, y, Left + ContentWidth, y);
    }

    private static void DrawText(XGraphics graphics, string text, XFont font, XRect area, XStringFormat format)
    {
        if (text.Length > 0)
        {
            graphics.DrawString(text, font, XBrushes.Black, area, format);
        }
    }
}
