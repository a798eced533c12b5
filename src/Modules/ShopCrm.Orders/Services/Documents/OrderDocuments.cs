using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ShopCrm.Core.Auditing;
using ShopCrm.Core.Company;
using ShopCrm.Core.Data;
using ShopCrm.Core.Documents;
using ShopCrm.Core.Money;
using ShopCrm.Core.Time;
using ShopCrm.Core.Results;
using ShopCrm.Orders.Documents;
using ShopCrm.Orders.Domain;
using ShopCrm.Core.Security;

namespace ShopCrm.Orders.Services.Documents;

// Issues the numbered documents of an order and renders them again from their snapshots. The number is
// taken inside the transaction that stores the document, so a failed save gives the number back and the
// series stays gapless. An order has at most one invoice, delivery note and act of acceptance (issuing again
// returns the one it has, enforced by a unique index for concurrent callers); corrections are one per return.
public sealed class OrderDocuments(
    IDbContextFactory<ShopDbContext> contexts,
    ShopClock clock,
    ICurrentUser currentUser,
    IOptions<OrderDocumentOptions> options,
    PermissionGuard guard)
{
    public async Task<Result<OrderDocumentRow>> IssueAsync(long orderId, OrderDocumentType type, CancellationToken ct = default)
    {
        await guard.EnsureAsync(OrderPermissions.Edit);
        if (type == OrderDocumentType.CorrectionInvoice)
        {
            throw new ArgumentException("A correction is issued for a return: use IssueCorrectionAsync.", nameof(type));
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        if (await ExistingAsync(db, orderId, type, ct) is { } existing)
        {
            return Result<OrderDocumentRow>.Ok(existing);
        }

        var order = await db.Set<Order>().AsNoTracking().Include(o => o.Lines).SingleOrDefaultAsync(o => o.Id == orderId, ct);
        if (order is null)
        {
            return Result<OrderDocumentRow>.Fail(OrderError.NotFound);
        }

        if (order.Status is OrderStatus.New or OrderStatus.Cancelled)
        {
            return Result<OrderDocumentRow>.Fail(new Error("not-issuable", $"An order that is {OrderStatusText.Of(order.Status)} gets no documents; confirm it first."));
        }

        var shop = await db.CompanyProfiles.AsNoTracking().FirstOrDefaultAsync(ct) ?? new CompanyProfile { Name = "ShopCrm" };
        var lines = order.Lines.OrderBy(l => l.Position)
            .Select(l => new DocumentLine(order.NumberOf(l), l.Sku, l.Name, l.Quantity, l.UnitNetMinor, l.VatRatePercent, l.NetMinor, l.VatMinor, l.GrossMinor, l.UnitGrossMinor))
            .ToList();
        var issuedBy = await IssuerNameAsync(db, ct);
        try
        {
            return Result<OrderDocumentRow>.Ok(await StoreAsync(db, order, type, null, null, ct, number => Snapshot(order, shop, type, number, issuedBy) with { Lines = lines }));
        }
        catch (DbUpdateException)
        {
            // Someone issued the same document in the meantime; theirs is the order's document.
            await using var fresh = await contexts.CreateDbContextAsync(ct);
            return Result<OrderDocumentRow>.Ok(await ExistingAsync(fresh, orderId, type, ct) ?? throw new InvalidOperationException($"The {type} of order {orderId} could not be stored."));
        }
    }

    // The correction invoice for one recorded return: before, after and the difference of every returned line,
    // referring to the order's invoice.
    public async Task<Result<OrderDocumentRow>> IssueCorrectionAsync(long orderReturnId, CancellationToken ct = default)
    {
        await guard.EnsureAsync(OrderPermissions.Edit);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var orderReturn = await db.Set<OrderReturn>().AsNoTracking().Include(r => r.Lines).SingleOrDefaultAsync(r => r.Id == orderReturnId, ct);
        if (orderReturn is null)
        {
            return Result<OrderDocumentRow>.Fail(new Error(ErrorCodes.NotFound, "There is no such return."));
        }

        var done = await db.Set<OrderDocument>().AsNoTracking().Where(d => d.OrderReturnId == orderReturnId).Select(d => d.Id).FirstOrDefaultAsync(ct);
        if (done != 0)
        {
            return Result<OrderDocumentRow>.Ok(await RowAsync(db, done, ct));
        }

        var invoice = await db.Set<OrderDocument>().AsNoTracking()
            .SingleOrDefaultAsync(d => d.OrderId == orderReturn.OrderId && d.Type == OrderDocumentType.Invoice, ct);
        if (invoice is null)
        {
            return Result<OrderDocumentRow>.Fail(new Error("no-invoice", "The order has no invoice, so there is nothing to correct. Issue the invoice first if the customer needs one."));
        }

        var order = await db.Set<Order>().AsNoTracking().Include(o => o.Lines).SingleAsync(o => o.Id == orderReturn.OrderId, ct);
        var earlier = await db.Set<OrderReturn>().AsNoTracking()
            .Where(r => r.OrderId == order.Id && r.Id < orderReturnId)
            .SelectMany(r => r.Lines)
            .GroupBy(l => l.OrderLineId)
            .Select(g => new { LineId = g.Key, Quantity = g.Sum(l => l.Quantity) })
            .ToDictionaryAsync(g => g.LineId, g => g.Quantity, ct);
        var corrections = new List<CorrectionLine>();
        foreach (var returned in orderReturn.Lines)
        {
            var line = order.Lines.Single(l => l.Id == returned.OrderLineId);
            var before = line.Quantity - earlier.GetValueOrDefault(line.Id);
            var number = order.NumberOf(line);
            corrections.Add(new CorrectionLine(number, line.Sku, line.Name, line.VatRatePercent, Kept(order, line, number, before), Kept(order, line, number, before - returned.Quantity)));
        }

        var original = JsonSerializer.Deserialize<OrderDocumentSnapshot>(invoice.Snapshot)!;
        var sorted = corrections.OrderBy(c => c.Position).ToList();
        var issuedBy = await IssuerNameAsync(db, ct);
        try
        {
            return Result<OrderDocumentRow>.Ok(await StoreAsync(db, order, OrderDocumentType.CorrectionInvoice, invoice.Id, orderReturnId, ct, number => original with
            {
                Type = OrderDocumentType.CorrectionInvoice,
                Number = number,
                IssueDate = DateOnly.FromDateTime(clock.LocalToday),
                Lines = [],
                Corrections = sorted,
                CorrectedNumber = invoice.Number,
                CorrectedIssueDate = original.IssueDate,
                Reason = string.IsNullOrWhiteSpace(orderReturn.Reason) ? "Zwrot towaru" : $"Zwrot towaru: {orderReturn.Reason}",
                IssuedBy = issuedBy,
            }));
        }
        catch (DbUpdateException)
        {
            await using var fresh = await contexts.CreateDbContextAsync(ct);
            var id = await fresh.Set<OrderDocument>().Where(d => d.OrderReturnId == orderReturnId).Select(d => d.Id).SingleAsync(ct);
            return Result<OrderDocumentRow>.Ok(await RowAsync(fresh, id, ct));
        }
    }

    public async Task<IReadOnlyList<OrderDocumentRow>> ListAsync(long orderId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await Rows(db).Where(d => d.OrderId == orderId).OrderBy(d => d.Id).Select(Row).ToListAsync(ct);
    }

    public async Task<RenderedDocument?> RenderAsync(long documentId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var document = await db.Set<OrderDocument>().AsNoTracking().SingleOrDefaultAsync(d => d.Id == documentId, ct);
        if (document is null)
        {
            return null;
        }

        var snapshot = JsonSerializer.Deserialize<OrderDocumentSnapshot>(document.Snapshot)!;
        return new RenderedDocument(document.OrderId, document.Number, OrderDocumentPdf.FileName(document.Type, document.Number), OrderDocumentPdf.Render(snapshot));
    }

    // The line as it stands with only `quantity` units kept: the same proportional split the return's refund
    // used, of the gross for an order priced at the shelf and of the net for one priced net, with the VAT
    // taken by the one rule from that figure.
    private static DocumentLine Kept(Order order, OrderLine line, int number, int quantity)
    {
        if (quantity >= line.Quantity)
        {
            return new DocumentLine(number, line.Sku, line.Name, quantity, line.UnitNetMinor, line.VatRatePercent, line.NetMinor, line.VatMinor, line.GrossMinor, line.UnitGrossMinor);
        }

        var amount = order.PriceBasis == PriceBasis.Gross ? line.ReturnedGross(quantity) : line.NetMinor * quantity / line.Quantity;
        var split = Vat.Split(new Money(amount, order.Currency), line.VatRatePercent, order.PriceBasis);
        return new DocumentLine(number, line.Sku, line.Name, quantity, line.UnitNetMinor, line.VatRatePercent, split.Net.MinorUnits, split.Vat.MinorUnits, split.Gross.MinorUnits, line.UnitGrossMinor);
    }

    // Documents name the person who issued them; the login is printed only for an account without a name.
    private async Task<string> IssuerNameAsync(ShopDbContext db, CancellationToken ct)
    {
        var name = currentUser.UserId is { } userId
            ? await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.FullName).SingleOrDefaultAsync(ct)
            : null;
        return string.IsNullOrWhiteSpace(name) ? currentUser.UserName : name.Trim();
    }

    private async Task<OrderDocumentRow> StoreAsync(
        ShopDbContext db, Order order, OrderDocumentType type, long? correctedId, long? returnId, CancellationToken ct, Func<string, OrderDocumentSnapshot> snapshotOf)
    {
        var now = clock.UtcNow;
        var series = OrderDocumentSeries.Of(type);
        var year = clock.ToLocal(now).Year;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var number = DocumentNumbers.Format(series, year, await DocumentNumbers.NextAsync(db, series, year, ct));
        var snapshot = snapshotOf(number);
        var totals = snapshot.Type == OrderDocumentType.CorrectionInvoice
            ? (Net: snapshot.Corrections.Sum(c => c.After.NetMinor - c.Before.NetMinor), Vat: snapshot.Corrections.Sum(c => c.After.VatMinor - c.Before.VatMinor), Gross: snapshot.Corrections.Sum(c => c.After.GrossMinor - c.Before.GrossMinor))
            : (Net: snapshot.Lines.Sum(l => l.NetMinor), Vat: snapshot.Lines.Sum(l => l.VatMinor), Gross: snapshot.Lines.Sum(l => l.GrossMinor));
        var document = new OrderDocument
        {
            OrderId = order.Id,
            Type = type,
            Number = number,
            CorrectedDocumentId = correctedId,
            OrderReturnId = returnId,
            IssuedAt = now,
            IssuedBy = currentUser.UserName,
            Currency = order.Currency,
            NetMinor = totals.Net,
            VatMinor = totals.Vat,
            GrossMinor = totals.Gross,
            Snapshot = JsonSerializer.Serialize(snapshot),
        };
        db.Add(document);
        db.Record(currentUser, now, nameof(OrderDocument), number, "Issued", null, order.Number);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return await RowAsync(db, document.Id, ct);
    }

    private OrderDocumentSnapshot Snapshot(Order order, CompanyProfile shop, OrderDocumentType type, string number, string issuedBy)
    {
        var issueDate = DateOnly.FromDateTime(clock.LocalToday);
        var soldAt = order.ShippedAt ?? order.DeliveredAt ?? order.PaidAt;
        var company = !string.IsNullOrWhiteSpace(order.CompanyName);
        return new OrderDocumentSnapshot
        {
            Type = type,
            Number = number,
            OrderNumber = order.Number,
            IssueDate = issueDate,
            SaleDate = soldAt is { } sold ? DateOnly.FromDateTime(clock.ToLocal(sold)) : issueDate,
            IssuePlace = shop.City,
            Seller = new DocumentParty(shop.Name, Address(shop.Street, shop.PostalCode, shop.City), shop.VatId, shop.Email, shop.Phone),
            Buyer = new DocumentParty(company ? order.CompanyName! : order.CustomerName, Address(order.Street, order.PostalCode, order.City), company ? order.VatId : null, order.CustomerEmail, order.CustomerPhone)
            {
                PersonName = company ? order.CustomerName : null,
            },
            DeliveryAddress = Address(order.Street, order.PostalCode, order.City),
            Currency = order.Currency,
            PriceBasis = order.PriceBasis,
            PaymentMethod = PaymentText(order.PaymentMethod),
            Paid = order.IsPaid,
            DueDate = order.PaymentMethod == PaymentMethod.BankTransfer ? issueDate.AddDays(options.Value.PaymentTermDays) : issueDate,
            BankAccount = order.PaymentMethod == PaymentMethod.BankTransfer ? shop.BankAccount : null,
            Carrier = order.Carrier,
            TrackingNumber = order.TrackingNumber,
            IssuedBy = issuedBy,
        };
    }

    private static string PaymentText(PaymentMethod method) => method switch
    {
        PaymentMethod.Online => "płatność online",
        PaymentMethod.CashOnDelivery => "za pobraniem",
        PaymentMethod.BankTransfer => "przelew",
        PaymentMethod.CashInStore => "gotówka w sklepie",
        _ => method.ToString(),
    };

    private static string? Address(string? street, string? postalCode, string? city)
    {
        var place = $"{postalCode} {city}".Trim();
        var parts = new[] { street?.Trim(), place }.Where(p => !string.IsNullOrEmpty(p)).ToList();
        return parts.Count == 0 ? null : string.Join(", ", parts);
    }

    private static async Task<OrderDocumentRow?> ExistingAsync(ShopDbContext db, long orderId, OrderDocumentType type, CancellationToken ct) =>
        await Rows(db).Where(d => d.OrderId == orderId && d.Type == type).Select(Row).FirstOrDefaultAsync(ct);

    private static Task<OrderDocumentRow> RowAsync(ShopDbContext db, long id, CancellationToken ct) =>
        Rows(db).Where(d => d.Id == id).Select(Row).SingleAsync(ct);

    private static IQueryable<OrderDocument> Rows(ShopDbContext db) => db.Set<OrderDocument>().AsNoTracking();

    private static readonly System.Linq.Expressions.Expression<Func<OrderDocument, OrderDocumentRow>> Row =
        d => new OrderDocumentRow(d.Id, d.Type, d.Number, d.IssuedAt, d.IssuedBy, d.GrossMinor, d.Currency, d.LastSentAt);
}
