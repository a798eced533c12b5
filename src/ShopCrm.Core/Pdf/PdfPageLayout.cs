namespace ShopCrm.Core.Pdf;

public sealed record PdfPageLayout(double WidthMillimetres, double HeightMillimetres, double MarginMillimetres)
{
    public static PdfPageLayout A4 { get; } = new(210, 297, 18);

    // Gift cards: A4 margins would leave a small page little room for text.
    public static PdfPageLayout A6 { get; } = new(105, 148, 8);
}
