namespace ShopCrm.Orders.Documents;

// A corrected line: what the corrected invoice said and what is true now. The difference is After - Before.
public sealed record CorrectionLine(int Position, string Sku, string Name, int VatRatePercent, DocumentLine Before, DocumentLine After);
