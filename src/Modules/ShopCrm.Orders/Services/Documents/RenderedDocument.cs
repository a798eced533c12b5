namespace ShopCrm.Orders.Services.Documents;

public sealed record RenderedDocument(long OrderId, string Number, string FileName, byte[] Pdf);
