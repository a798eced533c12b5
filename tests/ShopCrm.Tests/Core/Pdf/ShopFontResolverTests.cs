using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;
using PdfSharp.WPFonts;
using ShopCrm.Core.Pdf;

namespace ShopCrm.Tests.Core.Pdf;

public sealed class ShopFontResolverTests
{
    private const string Sample = "Zażółć gęślą jaźń. Příliš žluťoučký kůň. Съешь же ещё.";

    [Fact]
    public void This_machine_embeds_DejaVu_Sans_and_prints_the_ruble_sign()
    {
        Assert.True(PdfKit.EmbeddedFont == "DejaVu Sans", $"PDFs here embed {PdfKit.EmbeddedFont}: install Debian's fonts-dejavu-core.");
        var doc = new PdfDocumentBuilder("Счёт", "Магазин");
        doc.Paragraph("Итого: 1 250,00 ₽");

        Assert.Contains("Итого: 1 250,00 ₽", PdfText.Extract(doc.ToBytes()));
    }

    [Fact]
    public void Without_DejaVu_the_Segoe_WP_fonts_from_PDFsharp_are_served()
    {
        var resolver = new ShopFontResolver(Path.Combine(Path.GetTempPath(), "no-fonts-" + Guid.NewGuid().ToString("N")));

        Assert.Equal("Segoe WP", resolver.EmbeddedFont);
        var regular = resolver.ResolveTypeface(PdfKit.FontFamily, bold: false, italic: false)!;
        var bold = resolver.ResolveTypeface(PdfKit.FontFamily, bold: true, italic: false)!;
        var italic = resolver.ResolveTypeface(PdfKit.FontFamily, bold: false, italic: true)!;
        Assert.Equal(FontDataHelper.SegoeWP, resolver.GetFont(regular.FaceName));
        Assert.Equal(FontDataHelper.SegoeWPBold, resolver.GetFont(bold.FaceName));
        Assert.Equal(regular.FaceName, italic.FaceName);
        Assert.True(italic.MustSimulateItalic);
    }

    [Fact]
    public void Segoe_WP_prints_Polish_Czech_and_Cyrillic_text()
    {
        // Drawn straight from the font bytes: the process-wide resolver is DejaVu and must stay so.
        PdfKit.Initialize();
        var font = new XFont(new XGlyphTypeface(XFontSource.GetOrCreateFrom(FontDataHelper.SegoeWP)), 10);
        Assert.All(Sample.Where(char.IsLetter), c => Assert.NotEqual(0, GlyphHelper.GlyphIndexFromCodePoint(c, font)));

        using var document = new PdfDocument();
        using (var graphics = XGraphics.FromPdfPage(document.AddPage()))
        {
            graphics.DrawString(Sample, font, XBrushes.Black, 40, 60);
        }

        using var pdf = new MemoryStream();
        document.Save(pdf, false);

        Assert.Contains(Sample, PdfText.Extract(pdf.ToArray()));
    }

    [Fact]
    public void DejaVu_has_its_own_bold_and_italic_faces()
    {
        var resolver = new ShopFontResolver(PdfKit.DejaVuDirectory);

        var faces = new[] { (false, false), (true, false), (false, true), (true, true) }
            .Select(style => resolver.ResolveTypeface("Any family", style.Item1, style.Item2)!)
            .ToList();

        Assert.Equal(4, faces.Select(f => f.FaceName).Distinct().Count());
        Assert.All(faces, f => Assert.False(f.MustSimulateBold || f.MustSimulateItalic));
        Assert.All(faces, f => Assert.NotEmpty(resolver.GetFont(f.FaceName)!));
    }
}
