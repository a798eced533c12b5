namespace ShopCrm.Core.Pdf;

public enum PdfColumnAlignment
{
    Left,
    Right,
    Center,
}
