namespace ShopCrm.Catalog.Documents;

// PurchasePriceMinor is the net unit price agreed with the supplier; null when nobody entered one.
internal sealed record PurchaseOrderDocumentLine(string? SupplierCode, string Sku, string Name, int Quantity, long? PurchasePriceMinor);
