namespace ShopCrm.Core.Pdf;

// RelativeWidth is a share of the text width: columns 1, 3, 1 give 20 %, 60 %, 20 %.
public sealed record PdfTableColumn(string Header, double RelativeWidth = 1, PdfColumnAlignment Alignment = PdfColumnAlignment.Left);
