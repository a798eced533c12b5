using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ShopCrm.Clients.Contracts;
using ShopCrm.Core.Auditing;
using ShopCrm.Core.Data;
using ShopCrm.Orders.Domain;

namespace ShopCrm.Orders.Services;

// Orders' part of a client merge and of a GDPR export or erasure. Erasure removes the contact data copied
// onto the orders but keeps numbers, dates and amounts, which accounting must keep.
internal sealed class OrderClientData(ICurrentUser user, TimeProvider time) : IClientDataParticipant
{
    public const string ErasedName = "(erased)";

    public string Name => "Orders";

    public async Task MoveAsync(ShopDbContext db, int fromClientId, int toClientId, CancellationToken ct)
    {
        var ids = await db.Set<Order>().Where(o => o.ClientId == fromClientId).Select(o => o.Id).ToListAsync(ct);
        await db.Set<Order>().Where(o => o.ClientId == fromClientId).ExecuteUpdateAsync(u => u.SetProperty(o => o.ClientId, toClientId), ct);
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var id in ids)
        {
            db.Record(user, now, nameof(Order), id, nameof(Order.ClientId), fromClientId, toClientId);
        }
    }

    public async Task<IReadOnlyList<IReadOnlyDictionary<string, string?>>> ExportAsync(ShopDbContext db, int clientId, CancellationToken ct)
    {
        var orders = await db.Set<Order>().AsNoTracking().Where(o => o.ClientId == clientId).OrderBy(o => o.PlacedAt).ToListAsync(ct);
        return orders.Select(o => (IReadOnlyDictionary<string, string?>)new Dictionary<string, string?>
        {
            ["Number"] = o.Number,
            ["Placed"] = o.PlacedAt.ToString("u", CultureInfo.InvariantCulture),
            ["Status"] = o.Status.ToString(),
            ["Channel"] = o.Channel.ToString(),
            ["Name"] = o.CustomerName,
            ["E-mail"] = o.CustomerEmail,
            ["Phone"] = o.CustomerPhone,
            ["Company"] = o.CompanyName,
            ["VAT id"] = o.VatId,
            ["Delivery address"] = string.Join(", ", new[] { o.Street, o.PostalCode, o.City, o.Country }.Where(p => !string.IsNullOrWhiteSpace(p))),
            ["Gross"] = (o.GrossMinor / 100m).ToString("0.00", CultureInfo.InvariantCulture) + " " + o.Currency,
            ["Payment"] = $"{o.PaymentMethod}, {o.PaymentState}",
            ["Notes"] = o.Notes,
        }).ToList();
    }

    public async Task AnonymizeAsync(ShopDbContext db, int clientId, CancellationToken ct)
    {
        var ids = await db.Set<Order>().Where(o => o.ClientId == clientId).Select(o => o.Id).ToListAsync(ct);
        await db.Set<Order>().Where(o => o.ClientId == clientId).ExecuteUpdateAsync(
            u => u
                .SetProperty(o => o.CustomerName, ErasedName)
                .SetProperty(o => o.CustomerEmail, (string?)null)
                .SetProperty(o => o.CustomerPhone, (string?)null)
                .SetProperty(o => o.Street, (string?)null)
                .SetProperty(o => o.PostalCode, (string?)null)
                .SetProperty(o => o.City, (string?)null)
                .SetProperty(o => o.Region, (string?)null)
                .SetProperty(o => o.Notes, (string?)null),
            ct);
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var id in ids)
        {
            db.Record(user, now, nameof(Order), id, "PersonalData", "kept", "erased");
        }
    }
}
