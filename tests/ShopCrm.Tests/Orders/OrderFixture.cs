using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ShopCrm.Catalog.Domain;
using ShopCrm.Catalog.Services;
using ShopCrm.Clients.Domain;
using ShopCrm.Clients.Services;
using ShopCrm.Core.Data;
using ShopCrm.Core.Events;
using ShopCrm.Orders.Domain;
using ShopCrm.Orders.Events;
using ShopCrm.Orders.Services;
using ShopCrm.Tests.Catalog;
using ShopCrm.Tests.Infrastructure;

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
        var category = await CatalogTestData.CategoryAsync(host, "Kołowrotki");
        var reel = CatalogTestData.Product("KOL-3000", category, 12300, name: "Kołowrotek spinningowy 3000");
        reel.NetPriceMinor = 10000;
        reel = await CatalogTestData.AddAsync(host, reel);
        var line = CatalogTestData.Product("PLE-020", category, 2460, name: "Plecionka 0,20 mm");
        line.NetPriceMinor = 2000;
        line = await CatalogTestData.AddAsync(host, line);
        var warehouse = await CatalogTestData.AddAsync(host, new Warehouse { Code = "MAG", Name = "Magazyn główny", IsDefault = true });
        var stock = host.Get<StockService>();
        if (reelsInStock > 0)
        {
            await stock.ReceiveAsync(reel.Id, warehouse.Id, reelsInStock, "Dostawa", null);
        }

        if (linesInStock > 0)
        {
            await stock.ReceiveAsync(line.Id, warehouse.Id, linesInStock, "Dostawa", null);
        }

        var created = await host.Get<IClientDirectory>().CreateAsync(new ClientDraft
        {
            FirstName = "Anna",
            LastName = "Kowalska",
            Email = "anna.kowalska@example.pl",
            Phone = "601 200 300",
            Street = "ul. Rybacka 5",
            PostalCode = "30-001",
            City = "Kraków",
        });
        Assert.True(created.Succeeded);
        await using var db = await host.NewContextAsync();
        var client = await db.Set<Client>().AsNoTracking().SingleAsync(c => c.Id == created.ClientId);
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

    public ValueTask DisposeAsync() => Host.DisposeAsync();
}
