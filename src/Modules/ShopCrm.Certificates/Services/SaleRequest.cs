using ShopCrm.Certificates.Contracts;
using ShopCrm.Certificates.Domain;

namespace ShopCrm.Certificates.Services;

// ValueMinor is needed only for a series whose value is chosen at sale.
public sealed record SaleRequest(
    int SeriesId,
    SalesChannel Channel,
    long? ValueMinor = null,
    string? BuyerName = null,
    string? RecipientName = null,
    string? RecipientEmail = null,
    string? PersonalMessage = null,
    bool Paid = true);
