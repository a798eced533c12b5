namespace ShopCrm.Catalog.Services.Search;

// Available = on hand minus reserved, per warehouse code and in total.
internal sealed record FeedAvailability(int Total, IReadOnlyList<FeedWarehouseStock> Warehouses);
