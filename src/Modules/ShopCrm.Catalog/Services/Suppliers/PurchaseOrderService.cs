using Microsoft.EntityFrameworkCore;
using ShopCrm.Catalog.Documents;
using ShopCrm.Catalog.Domain;
using ShopCrm.Catalog.Services.Restock;
using ShopCrm.Core.Auditing;
using ShopCrm.Core.Data;
using ShopCrm.Core.Documents;
using ShopCrm.Core.Email;
using ShopCrm.Core.Results;
using ShopCrm.Core.Security;
using ShopCrm.Core.Time;

namespace ShopCrm.Catalog.Services.Suppliers;

// Purchase orders from restock alerts: one per leading supplier, numbered ZD/yyyy/nnnnn without gaps,
// then mailed to the supplier with the PDF. Alerts are claimed by conditional updates (Open -> Ordered), so
// two people ordering the same alert at once make one order, and the other is told.
internal sealed class PurchaseOrderService(
    IDbContextFactory<ShopDbContext> contexts,
    ShopClock clock,
    ICurrentUser user,
    RestockMails mails,
    PermissionGuard guard)
{
    public const string NumberSeries = "ZD";
    public const int MaxQuantity = 1_000_000;

    public async Task<Result<IReadOnlyList<CreatedPurchaseOrder>>> CreateFromAlertsAsync(
        IReadOnlyList<RestockOrderLine> lines, CancellationToken ct = default)
    {
        await guard.EnsureAsync(CatalogPermissions.Restock);
        if (lines.Count == 0)
        {
            return Result<IReadOnlyList<CreatedPurchaseOrder>>.Fail(new Error("restock", "Choose at least one alert to order."));
        }

        if (lines.FirstOrDefault(l => l.Quantity is < 1 or > MaxQuantity) is { } wrong)
        {
            return Result<IReadOnlyList<CreatedPurchaseOrder>>.Fail(new Error("restock", $"Order 1 to {MaxQuantity:N0} units of each model (one line has {wrong.Quantity:N0})."));
        }

        var quantities = lines.GroupBy(l => l.AlertId).ToDictionary(g => g.Key, g => g.Last().Quantity);
        var ids = quantities.Keys.ToList();
        await using var db = await contexts.CreateDbContextAsync(ct);
        var alerts = await (
                from alert in db.Set<RestockAlert>().AsNoTracking()
                join product in db.Set<Product>() on alert.ProductId equals product.Id
                where ids.Contains(alert.Id)
                select new
                {
                    alert.Id,
                    alert.ProductId,
                    alert.Status,
                    alert.SupplierId,
                    product.Name,
                    product.PurchasePriceMinor,
                    SupplierProduct = db.Set<SupplierProduct>().FirstOrDefault(sp => sp.ProductId == alert.ProductId && sp.SupplierId == alert.SupplierId),
                })
            .ToListAsync(ct);
        if (alerts.Count != ids.Count || alerts.Any(a => a.Status != RestockAlertStatus.Open))
        {
            return Result<IReadOnlyList<CreatedPurchaseOrder>>.Fail(new Error("restock", "Some of the chosen alerts were ordered or dismissed by someone else meanwhile. The list now shows what is still open."));
        }

        if (alerts.FirstOrDefault(a => a.SupplierId is null) is { } orphan)
        {
            return Result<IReadOnlyList<CreatedPurchaseOrder>>.Fail(new Error("restock", $"\"{orphan.Name}\" has no leading supplier. Set one on the model's Suppliers tab, or leave it out of the order."));
        }

        var supplierIds = alerts.Select(a => a.SupplierId!.Value).Distinct().ToList();
        var suppliers = await db.Set<Supplier>().AsNoTracking().Where(s => supplierIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct);
        var now = clock.UtcNow;
        var year = clock.LocalToday.Year;
        var created = new List<CreatedPurchaseOrder>();

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        foreach (var group in alerts.GroupBy(a => a.SupplierId!.Value).OrderBy(g => suppliers[g.Key].Name, StringComparer.CurrentCulture))
        {
            var supplier = suppliers[group.Key];
            var number = await DocumentNumbers.NextAsync(db, NumberSeries, year, ct);
            var order = new PurchaseOrder
            {
                Number = DocumentNumbers.Format(NumberSeries, year, number),
                SupplierId = supplier.Id,
                Status = PurchaseOrderStatus.Draft,
                CreatedAt = now,
                CreatedBy = user.UserName,
                Lines =
                [
                    .. group.OrderBy(a => a.Name, StringComparer.CurrentCulture).Select(a => new PurchaseOrderLine
                    {
                        ProductId = a.ProductId,
                        SupplierCode = a.SupplierProduct?.SupplierCode,
                        Quantity = quantities[a.Id],
                        PurchasePriceMinor = a.SupplierProduct?.PurchasePriceMinor ?? a.PurchasePriceMinor,
                    }),
                ],
            };
            db.Add(order);
            await db.SaveChangesAsync(ct);

            var groupIds = group.Select(a => a.Id).ToList();
            var claimed = await db.Set<RestockAlert>()
                .Where(a => groupIds.Contains(a.Id) && a.Status == RestockAlertStatus.Open)
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.Status, RestockAlertStatus.Ordered).SetProperty(a => a.PurchaseOrderId, order.Id), ct);
            if (claimed != groupIds.Count)
            {
                // The transaction rolls back on dispose: no order, and the number goes back to the sequence.
                return Result<IReadOnlyList<CreatedPurchaseOrder>>.Fail(new Error("restock", "Some of the chosen alerts were ordered or dismissed by someone else meanwhile. The list now shows what is still open."));
            }

            created.Add(new CreatedPurchaseOrder(order.Id, order.Number, supplier.Name, order.Lines.Count));
        }

        await transaction.CommitAsync(ct);
        return Result<IReadOnlyList<CreatedPurchaseOrder>>.Ok(created);
    }

    public async Task<int> DismissAsync(IReadOnlyList<long> alertIds, CancellationToken ct = default)
    {
        await guard.EnsureAsync(CatalogPermissions.Restock);
        var ids = alertIds.Distinct().ToList();
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Set<RestockAlert>()
            .Where(a => ids.Contains(a.Id) && a.Status == RestockAlertStatus.Open)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.Status, RestockAlertStatus.Dismissed), ct);
    }

    // Queues the order with its PDF through the outbox and marks it sent, in one transaction: the order is
    // claimed by a conditional update (Draft -> Sent), so a double click or a second person sends it once.
    public async Task<Result<DateTime>> SendToSupplierAsync(int purchaseOrderId, CancellationToken ct = default)
    {
        await guard.EnsureAsync(CatalogPermissions.Restock);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var document = await DocumentAsync(db, purchaseOrderId, ct);
        if (document is null)
        {
            return Result<DateTime>.Fail(new Error(ErrorCodes.NotFound, "There is no such purchase order."));
        }

        if (string.IsNullOrWhiteSpace(document.SupplierEmail))
        {
            return Result<DateTime>.Fail(new Error("restock", $"{document.SupplierName} has no e-mail address. Add one on the supplier's card, or download the PDF and send it yourself."));
        }

        var now = clock.UtcNow;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var claimed = await db.Set<PurchaseOrder>()
            .Where(o => o.Id == purchaseOrderId && o.Status == PurchaseOrderStatus.Draft)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.Status, PurchaseOrderStatus.Sent).SetProperty(o => o.SentAt, now), ct);
        if (claimed == 0)
        {
            return Result<DateTime>.Fail(new Error("restock", "This order has already been sent."));
        }

        db.Record(user, now, nameof(PurchaseOrder), purchaseOrderId, nameof(PurchaseOrder.Status), PurchaseOrderStatus.Draft.ToString(), PurchaseOrderStatus.Sent.ToString());
        db.EnqueueEmail(await mails.PurchaseOrderAsync(document, document.SupplierEmail), now);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return Result<DateTime>.Ok(now);
    }

    public async Task<PurchaseOrderDocument?> DocumentAsync(int purchaseOrderId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await DocumentAsync(db, purchaseOrderId, ct);
    }

    private async Task<PurchaseOrderDocument?> DocumentAsync(ShopDbContext db, int purchaseOrderId, CancellationToken ct)
    {
        var order = await (
                from o in db.Set<PurchaseOrder>().AsNoTracking()
                join s in db.Set<Supplier>() on o.SupplierId equals s.Id
                where o.Id == purchaseOrderId
                select new { o.Number, o.CreatedAt, o.Notes, Supplier = s })
            .SingleOrDefaultAsync(ct);
        if (order is null)
        {
            return null;
        }

        var lines = await (
                from l in db.Set<PurchaseOrderLine>().AsNoTracking()
                join p in db.Set<Product>() on l.ProductId equals p.Id
                where l.PurchaseOrderId == purchaseOrderId
                orderby l.Id
                select new PurchaseOrderDocumentLine(l.SupplierCode, p.Sku, p.Name, l.Quantity, l.PurchasePriceMinor))
            .ToListAsync(ct);
        var supplier = order.Supplier;
        return new PurchaseOrderDocument(
            order.Number,
            DateOnly.FromDateTime(clock.ToLocal(order.CreatedAt)),
            await RestockMails.ShopAsync(db, ct),
            supplier.Name,
            supplier.ContactName,
            supplier.Email,
            supplier.Phone,
            supplier.LeadTimeDays,
            supplier.Currency,
            order.Notes,
            lines);
    }
}
