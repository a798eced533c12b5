namespace ShopCrm.Orders.Services;

// Created is false when a retried site order found the one it had already made.
public sealed record PlacedOrder(long Id, string Number, int Version, bool Created);
