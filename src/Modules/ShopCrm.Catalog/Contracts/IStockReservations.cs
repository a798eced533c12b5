using ShopCrm.Catalog.Domain;
using ShopCrm.Core.Results;

namespace ShopCrm.Catalog.Contracts;

// What Orders calls to hold, give back and sell stock. Every call is keyed by the order line and safe to
// repeat: a second reserve for the same line takes nothing more while it holds (a reserve after a release
// holds again), a second release or commit does nothing.
public interface IStockReservations
{
    // Without a warehouse: the default warehouse when it has enough, else the one with the most available.
    Task<Result<StockReservation>> ReserveAsync(string orderLine, int productId, int quantity, int? warehouseId = null, CancellationToken ct = default);

    Task<Result<StockReservation>> ReleaseAsync(string orderLine, CancellationToken ct = default);

    // The sale: the reserved units leave the warehouse.
    Task<Result<StockReservation>> CommitAsync(string orderLine, CancellationToken ct = default);

    // Every order line key ever reserved under this prefix, released ones included, so a caller that numbers
    // its lines never gives a used key out again.
    Task<IReadOnlyList<string>> KeysStartingWithAsync(string prefix, CancellationToken ct = default);
}
