using ShopCrm.Core.Company;

namespace ShopCrm.Catalog.Documents;

// Everything printed on a purchase order, read once so the PDF needs no database.
internal sealed record PurchaseOrderDocument(
    string Number,
    DateOnly Date,
    CompanyProfile Buyer,
    string SupplierName,
    string? SupplierContact,
    string? SupplierEmail,
    string? SupplierPhone,
    int LeadTimeDays,
    string Currency,
    string? Notes,
    IReadOnlyList<PurchaseOrderDocumentLine> Lines);
