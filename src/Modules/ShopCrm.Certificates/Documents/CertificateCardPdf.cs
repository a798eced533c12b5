using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Drawing.BarCodes;
using PdfSharp.Pdf;
using ShopCrm.Core.Formatting;
using ShopCrm.Core.Pdf;
using CardLayout = ShopCrm.Core.Pdf.PdfPageLayout;

namespace ShopCrm.Certificates.Documents;

// One A6 card per page, drawn directly: the flowing PdfDocumentBuilder has no place for a fixed design.
// Everything costly (fonts, brushes) is made once per document, so a batch of hundreds of cards stays cheap.
public static class CertificateCardPdf
{
    private const string GiftCardLabel = "Gift card";
    private const string Code39Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-";
    private const int MessageMaxLines = 6;
    private const int ConditionsMaxLines = 4;
    private const int SeriesMaxLines = 2;
    private const double CodeTracking = 0.2;
    private const double BarWideNarrowRatio = 2.6;

    private static readonly double PageWidth = XUnit.FromMillimeter(CardLayout.A6.WidthMillimetres).Point;
    private static readonly double PageHeight = XUnit.FromMillimeter(CardLayout.A6.HeightMillimetres).Point;
    private static readonly double Margin = XUnit.FromMillimeter(CardLayout.A6.MarginMillimetres).Point;
    private static readonly double BandHeight = XUnit.FromMillimeter(36).Point;

    // Tighter than the page margin, so a series name on two lines still leaves the shop name room.
    private static readonly double BandInset = XUnit.FromMillimeter(5.5).Point;
    private static readonly double RibbonX = PageWidth - XUnit.FromMillimeter(22).Point;

    // Code 39 asks for bars of at least 0.19 mm and a quiet zone of ten bars each side. 0.28 mm is more than
    // three dots of a 300 dpi office printer, so a cheap print still scans, and the page margin left and right
    // of the barcode is nearly thirty bars.
    private static readonly double BarModule = XUnit.FromMillimeter(0.28).Point;
    private static readonly double BarHeight = XUnit.FromMillimeter(11).Point;

    public static byte[] Render(CertificateCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return RenderMany([card]);
    }

    public static byte[] RenderMany(IEnumerable<CertificateCard> cards)
    {
        ArgumentNullException.ThrowIfNull(cards);
        // Before the PdfDocument: PDFsharp refuses to create one until the license is set.
        PdfKit.Initialize();
        var document = new PdfDocument();
        document.Info.Title = "Gift cards";
        document.Info.Creator = "ShopCrm";
        var style = new CardStyle();

        foreach (var card in cards)
        {
            ArgumentNullException.ThrowIfNull(card);
            var page = document.AddPage();
            page.Width = XUnit.FromPoint(PageWidth);
            page.Height = XUnit.FromPoint(PageHeight);
            using var graphics = XGraphics.FromPdfPage(page);
            DrawCard(graphics, style, card);
        }

        if (document.PageCount == 0)
        {
            throw new ArgumentException("There are no cards to print.", nameof(cards));
        }

        using var buffer = new MemoryStream();
        document.Save(buffer, false);
        return buffer.ToArray();
    }

    // Upper case, in groups of four when the code divides evenly: read aloud over the phone or typed at the
    // till, "K7M2-9XQ4" is easier than "k7m29xq4". Anything else is printed as stored.
    internal static string FormatCode(string code)
    {
        var plain = new string([.. code.Where(c => c != '-' && !char.IsWhiteSpace(c))]).ToUpperInvariant();
        if (plain.Length < 8 || plain.Length % 4 != 0 || !plain.All(char.IsAsciiLetterOrDigit))
        {
            return code.Trim().ToUpperInvariant();
        }

        return string.Join('-', Enumerable.Range(0, plain.Length / 4).Select(i => plain.Substring(i * 4, 4)));
    }

    private static void DrawCard(XGraphics graphics, CardStyle style, CertificateCard card)
    {
        DrawBand(graphics, style, card);

        var code = FormatCode(card.Code);
        var footerTop = DrawFooter(graphics, style, card);
        var validTop = footerTop - XUnit.FromMillimeter(7).Point;
        DrawValidUntil(graphics, style, card.ValidUntil, validTop);
        var barTop = validTop - XUnit.FromMillimeter(1.5).Point - BarHeight;
        var barWidth = DrawBarcode(graphics, code, barTop);
        var codeBoxHeight = XUnit.FromMillimeter(9).Point;
        var codeBoxTop = barTop - XUnit.FromMillimeter(2).Point - codeBoxHeight;
        DrawCode(graphics, style, code, codeBoxTop, codeBoxHeight, barWidth);

        var gap = XUnit.FromMillimeter(2).Point;
        DrawGreeting(graphics, style, card, BandHeight + gap, codeBoxTop - gap);
    }

    private static void DrawBand(XGraphics graphics, CardStyle style, CertificateCard card)
    {
        graphics.DrawRectangle(style.Brand, 0, 0, PageWidth, BandHeight);
        // Soft circles give the flat band some depth without a bitmap in every page.
        graphics.DrawEllipse(style.Glow, PageWidth - 150, -90, 230, 230);
        graphics.DrawEllipse(style.Glow, -60, BandHeight - 40, 120, 120);
        graphics.DrawRectangle(style.Gold, RibbonX - 6, 0, 12, BandHeight);
        graphics.DrawRectangle(style.Gold, 0, BandHeight, PageWidth, 2.5);
        DrawBow(graphics, style, RibbonX, BandHeight * 0.42);

        var textWidth = RibbonX - 36 - Margin;
        var shop = CardLettering.Shorten(graphics, card.ShopName, style.ShopName, textWidth);
        CardLettering.Text(graphics, shop, style.ShopName, XBrushes.White, Margin, BandInset, textWidth, XStringFormats.TopLeft);

        // A long series name takes a second, smaller line rather than losing its end.
        var series = CardLettering.FitFont(graphics, card.SeriesName, style, 17, 13, bold: true, textWidth);
        var seriesLines = graphics.MeasureString(card.SeriesName, series).Width <= textWidth
            ? [card.SeriesName]
            : CardLettering.Wrap(graphics, card.SeriesName, series, textWidth, SeriesMaxLines);
        var y = BandHeight - BandInset - seriesLines.Count * series.GetHeight();
        if (!string.Equals(card.SeriesName.Trim(), GiftCardLabel, StringComparison.OrdinalIgnoreCase))
        {
            var labelTop = y - style.Label.GetHeight() - 2;
            CardLettering.DrawSpaced(graphics, GiftCardLabel.ToUpperInvariant(), style.Label, style.BandSoftText, Margin, labelTop, 1.6);
        }

        foreach (var line in seriesLines)
        {
            CardLettering.Text(graphics, line, series, XBrushes.White, Margin, y, textWidth, XStringFormats.TopLeft);
            y += series.GetHeight();
        }
    }

    private static void DrawBow(XGraphics graphics, CardStyle style, double cx, double cy)
    {
        var loops = new XGraphicsPath();
        loops.AddBezier(cx, cy, cx - 38, cy - 30, cx - 40, cy + 14, cx, cy);
        loops.CloseFigure();
        loops.StartFigure();
        loops.AddBezier(cx, cy, cx + 38, cy - 30, cx + 40, cy + 14, cx, cy);
        loops.CloseFigure();
        graphics.DrawPath(style.GoldEdge, style.Gold, loops);

        var tails = new XGraphicsPath();
        tails.AddPolygon([new(cx - 2, cy), new(cx - 20, cy + 30), new(cx - 13, cy + 27), new(cx - 9, cy + 34), new(cx + 2, cy + 2)]);
        tails.StartFigure();
        tails.AddPolygon([new(cx + 2, cy), new(cx + 20, cy + 30), new(cx + 13, cy + 27), new(cx + 9, cy + 34), new(cx - 2, cy + 2)]);
        graphics.DrawPath(style.GoldEdge, style.Gold, tails);
        graphics.DrawEllipse(style.GoldEdge, style.GoldDark, cx - 6, cy - 6, 12, 12);
    }

    // Value, recipient and message sit as one block in the middle of the free space, so a card without a
    // message is not top-heavy.
    private static void DrawGreeting(XGraphics graphics, CardStyle style, CertificateCard card, double top, double bottom)
    {
        var width = PageWidth - 2 * Margin;
        var value = CardLettering.FitFont(graphics, card.Value, style, 38, 20, bold: true, width);
        var recipient = string.IsNullOrWhiteSpace(card.RecipientName)
            ? null
            : CardLettering.Shorten(graphics, "for " + card.RecipientName.Trim(), style.Recipient, width);
        var message = string.IsNullOrWhiteSpace(card.PersonalMessage)
            ? []
            : CardLettering.Wrap(graphics, card.PersonalMessage.Trim(), style.Message, width - 16, MessageMaxLines);

        var gap = XUnit.FromMillimeter(2).Point;
        var height = value.GetHeight();
        if (recipient is not null)
        {
            height += style.Recipient.GetHeight();
        }

        if (message.Count > 0)
        {
            height += 2 * gap + 1 + message.Count * style.Message.GetHeight();
        }

        var y = top + Math.Max(0, (bottom - top - height) / 2);
        Centred(graphics, CardLettering.Shorten(graphics, card.Value, value, width), value, style.BrandText, y);
        y += value.GetHeight();

        if (recipient is not null)
        {
            Centred(graphics, recipient, style.Recipient, style.DarkText, y);
            y += style.Recipient.GetHeight();
        }

        if (message.Count > 0)
        {
            y += gap;
            graphics.DrawLine(style.GoldRule, PageWidth / 2 - 18, y, PageWidth / 2 + 18, y);
            y += 1 + gap;
            foreach (var line in message)
            {
                Centred(graphics, line, style.Message, style.MessageText, y);
                y += style.Message.GetHeight();
            }
        }
    }

    private static void DrawCode(XGraphics graphics, CardStyle style, string code, double top, double height, double barWidth)
    {
        // Letter-spaced like a voucher code, and evenly: text extractors (and copy-paste from a viewer) keep
        // evenly spaced glyphs as one word, but split a word whose gaps vary, as centring in fixed cells would.
        var font = style.Code;
        var maxWidth = PageWidth - 2 * Margin - 20;
        var width = CardLettering.SpacedWidth(graphics, code, font, CodeTracking * font.Size);
        if (width > maxWidth)
        {
            font = style.Sized(font.Size * maxWidth / width, bold: true);
            width = CardLettering.SpacedWidth(graphics, code, font, CodeTracking * font.Size);
        }

        // As wide as the barcode below it, so the two read as one block.
        var boxWidth = Math.Min(Math.Max(width + 24, barWidth), PageWidth - 2 * Margin);
        var box = new XRect((PageWidth - boxWidth) / 2, top, boxWidth, height);
        graphics.DrawRoundedRectangle(style.CodeEdge, style.CodeFill, box, new XSize(8, 8));
        var textTop = top + (height - font.GetHeight()) / 2;
        CardLettering.DrawSpaced(graphics, code, font, style.DarkText, (PageWidth - width) / 2, textTop, CodeTracking * font.Size);
    }

    // Returns the width drawn, 0 when the code cannot be a barcode.
    private static double DrawBarcode(XGraphics graphics, string code, double top)
    {
        // A code the symbology cannot carry still prints: the code in type above is what the till accepts.
        if (code.Length == 0 || code.Any(c => !Code39Alphabet.Contains(c, StringComparison.Ordinal)))
        {
            return 0;
        }

        // Start and stop characters plus one inter-character gap each, in thin-bar units.
        var modules = 13 + 6 * BarWideNarrowRatio + (3 * BarWideNarrowRatio + 7) * code.Length;
        var width = Math.Min(modules * BarModule, PageWidth - 2 * Margin);
        var barcode = new Code3of9Standard(code, new XSize(width, BarHeight))
        {
            WideNarrowRatio = BarWideNarrowRatio,
            TextLocation = TextLocation.None,
        };
        graphics.DrawBarCode(barcode, XBrushes.Black, new XPoint((PageWidth - width) / 2, top));
        return width;
    }

    private static void DrawValidUntil(XGraphics graphics, CardStyle style, DateOnly validUntil, double top)
    {
        const string Label = "Valid until ";
        var date = DocumentFormat.Date(validUntil);
        var labelWidth = graphics.MeasureString(Label, style.Small).Width;
        var dateWidth = graphics.MeasureString(date, style.SmallBold).Width;
        var x = (PageWidth - labelWidth - dateWidth) / 2;
        CardLettering.Text(graphics, Label, style.Small, style.DarkText, x, top, labelWidth, XStringFormats.TopLeft);
        CardLettering.Text(graphics, date, style.SmallBold, style.DarkText, x + labelWidth, top, dateWidth, XStringFormats.TopLeft);
    }

    // Returns where the footer starts, so the rest of the card stacks above the conditions, however many
    // lines they take.
    private static double DrawFooter(XGraphics graphics, CardStyle style, CertificateCard card)
    {
        var width = PageWidth - 2 * Margin;
        var websiteTop = PageHeight - Margin - style.Website.GetHeight();
        Centred(graphics, CardLettering.Shorten(graphics, card.ShopWebsite, style.Website, width), style.Website, style.BrandText, websiteTop);

        var conditions = string.IsNullOrWhiteSpace(card.Conditions)
            ? []
            : CardLettering.Wrap(graphics, card.Conditions.Trim(), style.Fine, width, ConditionsMaxLines);
        var y = websiteTop - 4 - conditions.Count * style.Fine.GetHeight();
        var top = y;
        foreach (var line in conditions)
        {
            Centred(graphics, line, style.Fine, style.FineText, y);
            y += style.Fine.GetHeight();
        }

        top -= 5;
        graphics.DrawLine(style.Rule, Margin, top, PageWidth - Margin, top);
        return top;
    }

    private static void Centred(XGraphics graphics, string text, XFont font, XBrush brush, double top) =>
        CardLettering.Text(graphics, text, font, brush, Margin, top, PageWidth - 2 * Margin, XStringFormats.TopCenter);

    internal sealed class CardStyle
    {
        private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode);
        private readonly Dictionary<(double, bool), XFont> sized = [];

        public XFont ShopName { get; } = Font(12, XFontStyleEx.Bold);

        public XFont Label { get; } = Font(7, XFontStyleEx.Bold);

        public XFont Recipient { get; } = Font(12, XFontStyleEx.Regular);

        public XFont Message { get; } = Font(9, XFontStyleEx.Italic);

        public XFont Code { get; } = Font(15, XFontStyleEx.Bold);

        public XFont Small { get; } = Font(8.5, XFontStyleEx.Regular);

        public XFont SmallBold { get; } = Font(8.5, XFontStyleEx.Bold);

        public XFont Fine { get; } = Font(6, XFontStyleEx.Regular);

        public XFont Website { get; } = Font(8, XFontStyleEx.Bold);

        public XBrush Brand { get; } = new XSolidBrush(XColor.FromArgb(0x1f, 0x5f, 0x8b));

        public XBrush BrandText { get; } = new XSolidBrush(XColor.FromArgb(0x1f, 0x5f, 0x8b));

        public XBrush Glow { get; } = new XSolidBrush(XColor.FromArgb(22, 255, 255, 255));

        public XBrush BandSoftText { get; } = new XSolidBrush(XColor.FromArgb(0xc9, 0xdf, 0xee));

        public XBrush Gold { get; } = new XSolidBrush(XColor.FromArgb(0xe3, 0xb0, 0x4b));

        public XBrush GoldDark { get; } = new XSolidBrush(XColor.FromArgb(0xc4, 0x8e, 0x2c));

        public XPen GoldEdge { get; } = new(XColor.FromArgb(0xb8, 0x84, 0x28), 0.6);

        public XPen GoldRule { get; } = new(XColor.FromArgb(0xe3, 0xb0, 0x4b), 1);

        public XBrush DarkText { get; } = new XSolidBrush(XColor.FromArgb(0x22, 0x2b, 0x33));

        public XBrush MessageText { get; } = new XSolidBrush(XColor.FromArgb(0x4a, 0x55, 0x60));

        public XBrush FineText { get; } = new XSolidBrush(XColor.FromArgb(0x7a, 0x84, 0x8e));

        public XPen Rule { get; } = new(XColor.FromArgb(0xd5, 0xdc, 0xe2), 0.5);

        public XBrush CodeFill { get; } = new XSolidBrush(XColor.FromArgb(0xee, 0xf4, 0xf9));

        public XPen CodeEdge { get; } = new(XColor.FromArgb(0x1f, 0x5f, 0x8b), 0.8) { DashStyle = XDashStyle.Dash };

        public XFont Sized(double size, bool bold)
        {
            size = Math.Round(size, 1);
            if (!sized.TryGetValue((size, bold), out var font))
            {
                font = Font(size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular);
                sized[(size, bold)] = font;
            }

            return font;
        }

        // Unicode only: with PDFsharp's automatic choice each face is embedded twice, once per encoding.
        private static XFont Font(double size, XFontStyleEx style) => new(PdfKit.FontFamily, size, style, Unicode);
    }
}
