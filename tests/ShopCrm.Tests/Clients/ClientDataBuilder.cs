using ShopCrm.Clients.Contracts;
using ShopCrm.Clients.Domain;
using ShopCrm.Tests.Infrastructure;

namespace ShopCrm.Tests.Clients;

// Client rows written straight to the database, for tests of segments, imports, merges and erasure.
public static class ClientDataBuilder
{
    public static Client Person(string firstName, string lastName, string? email = null, string? phone = null, int? birthMonth = null) => new()
    {
        Kind = ClientKind.Person,
        FirstName = firstName,
        LastName = lastName,
        DisplayName = $"{firstName} {lastName}",
        NormalizedName = $"{firstName} {lastName}".ToLowerInvariant(),
        Email = email,
        NormalizedEmail = email?.Trim().ToLowerInvariant(),
        Phone = phone,
        NormalizedPhone = phone is null ? null : "+48" + new string(phone.Where(char.IsAsciiDigit).ToArray())[^9..],
        BirthMonth = birthMonth,
        BirthDate = birthMonth is { } month ? new DateOnly(1980, month, 12) : null,
        Channel = ClientChannel.Site,
        RegisteredAt = new DateTime(2025, 1, 10, 9, 0, 0, DateTimeKind.Utc),
        UpdatedAt = new DateTime(2025, 1, 10, 9, 0, 0, DateTimeKind.Utc),
    };

    public static async Task<Client> AddAsync(CoreHost host, Client client, params object[] related)
    {
        await using var db = await host.NewContextAsync();
        db.Add(client);
        await db.SaveChangesAsync();
        foreach (var row in related)
        {
            db.Entry(row).Property("ClientId").CurrentValue = client.Id;
            db.Add(row);
        }

        await db.SaveChangesAsync();
        return client;
    }

    public static async Task PurchaseAsync(CoreHost host, Client client, int productId, DateTime at, long orderId)
    {
        await using var db = await host.NewContextAsync();
        db.Add(new ClientOrderFact { OrderId = orderId, ClientId = client.Id, OrderNumber = $"Z/{orderId}", Outcome = ClientOrderOutcome.Completed, TotalMinor = 19_900, PlacedAt = at, CompletedAt = at });
        db.Add(new ClientPurchase { ClientId = client.Id, OrderId = orderId, ProductId = productId, Quantity = 1, GrossMinor = 19_900, PurchasedAt = at });
        await db.SaveChangesAsync();
    }
}
