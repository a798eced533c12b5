using PdfSharp;
using PdfSharp.Fonts;

namespace ShopCrm.Core.Pdf;

public static class PdfKit
{
    public const string FontFamily = "ShopCrm Sans";

    // Debian's fonts-dejavu-core; the Docker image installs it because DejaVu has the ruble sign.
    public const string DejaVuDirectory = "/usr/share/fonts/truetype/dejavu";

    private static readonly Lock Gate = new();
    private static ShopFontResolver? resolver;

    // "DejaVu Sans" or "Segoe WP": which font the PDFs of this process embed, for logs and diagnostics.
    public static string EmbeddedFont
    {
        get
        {
            Initialize();
            return resolver!.EmbeddedFont;
        }
    }

    public static void Initialize()
    {
        if (Volatile.Read(ref resolver) is not null)
        {
            return;
        }

        lock (Gate)
        {
            if (resolver is not null)
            {
                return;
            }

            // Without a license choice PDFsharp throws on every PdfDocument; ShopCrm is AGPL (docs/adr/0003).
            PdfSharpLicense.SetAgplLicense();
            // PDFsharp allows setting the resolver only before its first font operation, so exactly once.
            var fonts = new ShopFontResolver(DejaVuDirectory);
            GlobalFontSettings.FontResolver = fonts;
            Volatile.Write(ref resolver, fonts);
        }
    }
}
