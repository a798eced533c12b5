using PdfSharp.Fonts;
using PdfSharp.WPFonts;

namespace ShopCrm.Core.Pdf;

// Every family name resolves to the kit's one font: a Linux server has no Arial or Times, and one font
// keeps documents alike wherever they were made. The font bytes are read once, here, not per document.
public sealed class ShopFontResolver : IFontResolver
{
    private const string RegularFace = "ShopCrmSans";
    private const string BoldFace = "ShopCrmSans-Bold";
    private const string ItalicFace = "ShopCrmSans-Italic";
    private const string BoldItalicFace = "ShopCrmSans-BoldItalic";

    private static readonly (string Face, string File)[] DejaVuFiles =
    [
        (RegularFace, "DejaVuSans.ttf"),
        (BoldFace, "DejaVuSans-Bold.ttf"),
        (ItalicFace, "DejaVuSans-Oblique.ttf"),
        (BoldItalicFace, "DejaVuSans-BoldOblique.ttf"),
    ];

    private readonly Dictionary<string, byte[]> faces;
    private readonly bool hasItalicFaces;

    public ShopFontResolver(string dejaVuDirectory)
    {
        if (DejaVuFiles.All(f => File.Exists(Path.Combine(dejaVuDirectory, f.File))))
        {
            faces = DejaVuFiles.ToDictionary(f => f.Face, f => File.ReadAllBytes(Path.Combine(dejaVuDirectory, f.File)));
            hasItalicFaces = true;
            EmbeddedFont = "DejaVu Sans";
        }
        else
        {
            // Shipped inside PDFsharp, so PDFs work on a machine with only the SDK; no ruble sign, though.
            faces = new Dictionary<string, byte[]>
            {
                [RegularFace] = FontDataHelper.SegoeWP,
                [BoldFace] = FontDataHelper.SegoeWPBold,
            };
            EmbeddedFont = "Segoe WP";
        }
    }

    public string EmbeddedFont { get; }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic)
    {
        var upright = bold ? BoldFace : RegularFace;
        if (!italic)
        {
            return new FontResolverInfo(upright);
        }

        // Segoe WP has no italic faces; PDFsharp slants the upright one instead.
        return hasItalicFaces
            ? new FontResolverInfo(bold ? BoldItalicFace : ItalicFace)
            : new FontResolverInfo(upright, mustSimulateBold: false, mustSimulateItalic: true);
    }

    public byte[]? GetFont(string faceName) => faces.GetValueOrDefault(faceName);
}
