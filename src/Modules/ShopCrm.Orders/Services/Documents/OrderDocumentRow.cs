using ShopCrm.Orders.Domain;

namespace ShopCrm.Orders.Services.Documents;

public sealed record OrderDocumentRow(long Id, OrderDocumentType Type, string Number, DateTime IssuedAt, string IssuedBy, long GrossMinor, string Currency, DateTime? LastSentAt);
