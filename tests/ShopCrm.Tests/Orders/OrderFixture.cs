using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ShopCrm.Catalog.Domain;
using ShopCrm.Catalog.Services;
using ShopCrm.Catalog.Services.Stock;
using ShopCrm.Certificates.Domain;
using ShopCrm.Clients.Contracts;
using ShopCrm.Clients.Domain;
using ShopCrm.Core.Data;
using ShopCrm.Core.Events;
using ShopCrm.Core.Time;
using ShopCrm.Orders.Contracts;
using ShopCrm.Orders.Domain;
using ShopCrm.Orders.Services;
using ShopCrm.Tests.Catalog;
using ShopCrm.Tests.Infrastructure;
using static ShopCrm.Tests.Builders.Build;

namespace ShopCrm.Tests.Orders;

// Two models (a reel at 100.00 net and a line at 20.00 net, both 23% VAT) in one warehouse, a client, and
// a recorder for the events Orders raises.
public sealed class OrderFixture : IAsyncDisposable
{
    private OrderFixture(CoreHost host, Product reel, Product line, Warehouse warehouse, Client client)
    {
        Host = host;
        Reel = reel;
        Line = line;
        Warehouse = warehouse;
        Client = client;
    }

    public CoreHost Host { get; }

    public Product Reel { get; }

    public Product Line { get; }

    public Warehouse Warehouse { get; }

    public Client Client { get; }

    public RecordingOrderEvents Events => Host.Get<RecordingOrderEvents>();

    public OrderService Orders => Host.Get<OrderService>();

    public OrderWorkflow Workflow => Host.Get<OrderWorkflow>();

    // The app's clock, not the machine's: a test that moves it sees what the app sees.
    public DateTime UtcNow => Host.Get<TimeProvider>().GetUtcNow().UtcDateTime;

    // Document series are numbered per year in the shop's time zone, not in UTC.
    public int ShopYear => Host.Get<ShopClock>().LocalToday.Year;

    public static async Task<OrderFixture> StartAsync(
        DatabaseProvider provider,
        int reelsInStock = 10,
        int linesInStock = 100,
        TimeProvider? clock = null,
        IDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? configure = null)
    {
        var host = await CoreHost.StartAsync(provider, services =>
        {
            configure?.Invoke(services);
            if (clock is not null)
            {
                services.AddSingleton(clock);
            }

            services.AddDomainEventHandler<OrderPlaced, RecordingOrderEvents>();
            services.AddDomainEventHandler<OrderConfirmed, RecordingOrderEvents>();
            services.AddDomainEventHandler<OrderPaid, RecordingOrderEvents>();
            services.AddDomainEventHandler<OrderDispatched, RecordingOrderEvents>();
            services.AddDomainEventHandler<OrderDelivered, RecordingOrderEvents>();
            services.AddDomainEventHandler<OrderCancelled, RecordingOrderEvents>();
            services.AddDomainEventHandler<OrderReturned, RecordingOrderEvents>();
        }, settings);
        var services = host.Services;
        var warehouse = await AWarehouse(services).Coded("MAG", "Magazyn główny").BuildAsync();
        var category = await CatalogTestData.CategoryAsync(host, "Kołowrotki");
        var reel = await AModel(services).WithSku("KOL-3000").Named("Kołowrotek spinningowy 3000").InCategory(category)
            .PricedAt(12300, netMinor: 10000).InStock(reelsInStock, warehouse).BuildAsync();
        var line = await AModel(services).WithSku("PLE-020").Named("Plecionka 0,20 mm").InCategory(category)
            .PricedAt(2460, netMinor: 2000).InStock(linesInStock, warehouse).BuildAsync();
        var client = await AClient(services).BuildAsync();
        return new OrderFixture(host, reel, line, warehouse, client);
    }

    public OrderDraft Draft(params OrderLineDraft[] lines) => new()
    {
        Channel = OrderChannel.Phone,
        ClientId = Client.Id,
        PaymentMethod = PaymentMethod.BankTransfer,
        DeliveryMethod = DeliveryMethod.Courier,
        Lines = lines.Length > 0 ? lines : [new OrderLineDraft(Reel.Id, 1)],
    };

    public async Task<PlacedOrder> PlaceAsync(OrderDraft draft)
    {
        var placed = await Orders.PlaceAsync(draft);
        Assert.True(placed.Succeeded, placed.Error?.Message);
        await DeliverEventsAsync();
        return placed.Value!;
    }

    public async Task<int> MoveAsync(long orderId, OrderStatus to, string? carrier = null, string? tracking = null)
    {
        var order = await LoadAsync(orderId);
        var moved = await Workflow.ChangeStatusAsync(new OrderStatusRequest(orderId, order.Version, to) { Carrier = carrier, TrackingNumber = tracking });
        Assert.True(moved.Succeeded, moved.Error?.Message);
        await DeliverEventsAsync();
        return moved.Value;
    }

    // What the handlers do after a step (stock, gift cards, the client's facts) happens here.
    public Task<int> DeliverEventsAsync() => Host.DeliverEventsAsync();

    public async Task<Order> LoadAsync(long orderId)
    {
        await using var db = await Host.NewContextAsync();
        return await db.Set<Order>().AsNoTracking().Include(o => o.Lines.OrderBy(l => l.Position)).SingleAsync(o => o.Id == orderId);
    }

    public async Task<(int OnHand, int Reserved)> StockAsync(Product product)
    {
        await using var db = await Host.NewContextAsync();
        var row = await db.Set<ProductStock>().AsNoTracking().SingleAsync(s => s.ProductId == product.Id && s.WarehouseId == Warehouse.Id);
        return (row.OnHand, row.Reserved);
    }

    public async Task<IReadOnlyList<OrderStatusChange>> ChangesAsync(long orderId)
    {
        await using var db = await Host.NewContextAsync();
        return await db.Set<OrderStatusChange>().AsNoTracking().Where(c => c.OrderId == orderId).OrderBy(c => c.Id).ToListAsync();
    }

    // What the Clients module recorded for the order: the source of the client's statistics.
    public async Task<ClientOrderFact> FactAsync(long orderId)
    {
        await using var db = await Host.NewContextAsync();
        return await db.Set<ClientOrderFact>().AsNoTracking().SingleAsync(f => f.OrderId == orderId);
    }

    public async Task<int> TimelineEntriesAsync(long orderId)
    {
        await using var db = await Host.NewContextAsync();
        return await db.Set<ClientTimelineEntry>().CountAsync(e => e.ClientId == Client.Id && e.Source == "Orders" && e.Link == $"/orders/{orderId}");
    }

    public async Task<long> BalanceAsync(long certificateId)
    {
        await using var db = await Host.NewContextAsync();
        return await db.Set<Certificate>().Where(c => c.Id == certificateId).Select(c => c.BalanceMinor).SingleAsync();
    }

    public ValueTask DisposeAsync() => Host.DisposeAsync();
}
