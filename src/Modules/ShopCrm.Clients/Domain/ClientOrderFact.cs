using ShopCrm.Clients.Contracts;

namespace ShopCrm.Clients.Domain;

// One order as recorded through IClientOrderHistory: the source the cached statistics on Client are
// computed from and checked against.
public sealed class ClientOrderFact
{
    public long OrderId { get; init; }

    public int ClientId { get; set; }

    public required string OrderNumber { get; set; }

    public ClientOrderOutcome Outcome { get; set; }

    public long TotalMinor { get; set; }

    public DateTime PlacedAt { get; set; }

    public DateTime? CompletedAt { get; set; }

    public bool CashOnDelivery { get; set; }
}
