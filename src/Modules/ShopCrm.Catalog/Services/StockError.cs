using ShopCrm.Core.Results;

namespace ShopCrm.Catalog.Services;

// What Orders, a warehouse worker or the page is told when stock cannot move; the messages are shown as they are.
public static class StockError
{
    public static readonly Error NotEnough = new("insufficient", "There is not enough stock available for this quantity.");
    public static readonly Error NoWarehouse = new("no-warehouse", "There is no active warehouse to take the stock from. Create one first.");
    public static readonly Error WarehouseNotFound = new("warehouse-not-found", "This warehouse does not exist or is no longer active.");
    public static readonly Error ProductNotFound = new("product-not-found", "There is no such model.");
    public static readonly Error NoReservation = new("no-reservation", "No stock is reserved for this order line.");
    public static readonly Error BelowReserved = new("below-reserved", "Stock cannot go below zero or below what is reserved for orders.");
    public static readonly Error SameWarehouse = new("same-warehouse", "Choose two different warehouses.");
    public static readonly Error Conflict = new(ErrorCodes.Conflict, "Someone else changed this document in the meantime. Reload it to see their changes, then try again.");
    public static readonly Error NotDraft = new("not-draft", "This goods receipt is already posted and can no longer be changed.");
    public static readonly Error EmptyReceipt = new("empty", "Add at least one line before posting the goods receipt.");
    public static readonly Error NotFound = new(ErrorCodes.NotFound, "This document does not exist.");
    public static readonly Error InvalidMinimum = new("minimum", "A minimum is a whole number of units, zero or more; leave it empty to use the model's minimum.");
    public static readonly Error InvalidQuantity = new("quantity", "The quantity must be a whole number greater than zero.");

    public static Error WrongState(Domain.StockReservationStatus status) =>
        new("wrong-state", $"The reservation is already {status.ToString().ToLowerInvariant()}.");
}
