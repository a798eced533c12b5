using ShopCrm.Catalog.Domain;
using ShopCrm.Core.Events;

namespace ShopCrm.Catalog.Contracts;

// Raised once per new restock alert, after the transaction that wrote it commits: a model is below its
// minimum, or will run out before its leading supplier can deliver.
public sealed record StockBelowMinimum(
    long AlertId,
    int ProductId,
    RestockReason Reason,
    int Available,
    int Minimum,
    int SuggestedQuantity,
    int? SupplierId) : IDomainEvent;
