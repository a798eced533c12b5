
namespace ShopCrm.Clients.Contracts;

// One order as the client's history sees it. CompletedAt is when the order counted as successful
// (delivered, or handed over in the store); TotalMinor is the gross amount the client paid.
public sealed record ClientOrderRecord(
    int ClientId,
    long OrderId,
    string OrderNumber,
    ClientOrderOutcome Outcome,
    long TotalMinor,
    DateTime PlacedAt,
    DateTime? CompletedAt,
    bool CashOnDelivery,
    IReadOnlyList<ClientOrderLineRecord> Lines);
