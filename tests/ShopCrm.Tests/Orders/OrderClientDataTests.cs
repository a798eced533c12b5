using Microsoft.EntityFrameworkCore;
using ShopCrm.Clients.Contracts;
using ShopCrm.Clients.Services;
using ShopCrm.Core.Data;
using ShopCrm.Orders.Domain;
using ShopCrm.Orders.Services;

namespace ShopCrm.Tests.Orders;

public sealed class OrderClientDataTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_merge_moves_the_orders_and_an_erasure_keeps_amounts_but_not_contacts(DatabaseProvider provider)
    {
        await using var shop = await OrderFixture.StartAsync(provider);
        var placed = await shop.PlaceAsync(shop.Draft() with { Notes = "Dzwonić po 16" });
        var other = await shop.Host.Get<IClientDirectory>().CreateAsync(new ClientDraft { FirstName = "Anna", LastName = "Kowalska-Nowak", Email = "anna.nowak@example.pl" });
        var participant = Assert.IsType<OrderClientData>(shop.Host.Get<IEnumerable<IClientDataParticipant>>().Single(p => p.Name == "Orders"));

        await using (var db = await shop.Host.NewContextAsync())
        {
            await participant.MoveAsync(db, shop.Client.Id, other.ClientId!.Value, default);
            await db.SaveChangesAsync();
            var exported = await participant.ExportAsync(db, other.ClientId.Value, default);
            Assert.Equal(placed.Number, Assert.Single(exported)["Number"]);
            Assert.Equal("ul. Rybacka 5, 30-001, Kraków, PL", exported[0]["Delivery address"]);
            await participant.AnonymizeAsync(db, other.ClientId.Value, default);
            await db.SaveChangesAsync();
        }

        var order = await shop.LoadAsync(placed.Id);
        Assert.Equal(other.ClientId, order.ClientId);
        Assert.Equal((OrderClientData.ErasedName, null, null, null, null), (order.CustomerName, order.CustomerEmail, order.CustomerPhone, order.Street, order.Notes));
        Assert.Equal((placed.Number, 12300L), (order.Number, order.GrossMinor));
        await using var check = await shop.Host.NewContextAsync();
        Assert.Equal(2, await check.AuditEntries.CountAsync(a => a.EntityType == nameof(Order) && a.EntityKey == placed.Id.ToString() && a.Action == "Modified"));
    }
}
