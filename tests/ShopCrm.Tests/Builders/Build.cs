namespace ShopCrm.Tests.Builders;

// Entry points for test data: `using static ShopCrm.Tests.Builders.Build;` then
// `await AnOrder(services).ForClient(client).WithLine(reel, 2).Confirmed().PlaceAsync()`.
// Each builder is immutable (every step returns a new one) and makes its data through the app's services
// where they exist, so what it gives back is a state the app itself could have reached.
public static class Build
{
    public static ModelBuilder AModel(IServiceProvider services) => new(services);

    public static WarehouseBuilder AWarehouse(IServiceProvider services) => new(services);

    public static ClientBuilder AClient(IServiceProvider services) => new(services);

    public static GiftCardSeriesBuilder AGiftCardSeries(IServiceProvider services) => new(services);

    public static GiftCardBuilder AGiftCard(IServiceProvider services) => new(services);

    public static OrderBuilder AnOrder(IServiceProvider services) => new(services);

    public static SiteOrderBuilder ASiteOrder() => new();
}
