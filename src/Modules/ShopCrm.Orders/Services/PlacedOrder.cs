namespace ShopCrm.Orders.Services;

// Created is false when a retried site order found the one it had already made.
public sealed record PlacedOrder(long Id, string Number, int Version, bool Created)
{
    // Why the gift card sent with the order could not pay for it after all (spent elsewhere at the same moment).
    public string? CertificateProblem { get; init; }
}
