using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Quartz;
using ShopCrm.Catalog.Domain;
using ShopCrm.Catalog.Contracts;
using ShopCrm.Catalog.Services;
using ShopCrm.Catalog.Services.Restock;
using ShopCrm.Core.Data;
using ShopCrm.Core.Email;
using ShopCrm.Core.Time;

namespace ShopCrm.Catalog.Jobs;

// Finds active models that need ordering: available stock below the minimum (a warehouse's own minimum
// where one is set, the model's for the other warehouses together; see ModelStock), or less than the
// sales of the leading supplier's lead time at the faster of the 30- and 90-day sales speeds. The heavy
// part is three set-based queries (stock and supplier per model, sales per model over 90 days with the
// 30-day part alongside, alerts already in hand); the arithmetic runs in memory over one row per model.
// At most one alert per model per day: the unique index (ProductId, Day) and ON CONFLICT DO NOTHING make
// two runs at once write one alert, and only the run that wrote it raises the event and mails it.
[DisallowConcurrentExecution]
internal sealed class RestockJob(
    IDbContextFactory<ShopDbContext> contexts,
    ShopClock clock,
    RestockMails mails,
    IOptions<RestockOptions> options) : IJob
{
    private const int InsertChunk = 200;
    private const int AlertColumns = 12;

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await RunAsync(cancellationToken);

    public async Task<RestockRun> RunAsync(CancellationToken ct = default)
    {
        var now = clock.UtcNow;
        var today = DateOnly.FromDateTime(clock.LocalToday);
        await using var db = await contexts.CreateDbContextAsync(ct);

        var models = await db.Database.SqlQueryRaw<ModelStock>(ModelStockSql).ToListAsync(ct);
        var sales = await SalesAsync(db, now, ct);
        var inHand = await AlertsInHandAsync(db, today, ct);

        var cover = options.Value.CoverDays;
        var candidates = new List<Candidate>();
        foreach (var model in models)
        {
            if (inHand.Contains(model.ProductId))
            {
                continue;
            }

            sales.TryGetValue(model.ProductId, out var sold);
            var speed30 = sold.Sold30 / 30.0;
            var speed90 = sold.Sold90 / 90.0;
            var speed = Math.Max(speed30, speed90);
            RestockReason reason;
            if (model.Shortfall > 0)
            {
                reason = RestockReason.BelowMinimum;
            }
            else if (model.SupplierId is not null && speed > 0 && model.Available < speed * model.LeadTimeDays)
            {
                reason = RestockReason.RunsOutBeforeDelivery;
            }
            else
            {
                continue;
            }

            // A warehouse short of its own minimum while the total looks fine still needs its shortfall.
            var needed = Math.Max((int)Math.Ceiling(speed * (model.LeadTimeDays + cover)) + model.Minimum - model.Available, model.Shortfall);
            candidates.Add(new Candidate(model, reason, Math.Round(speed30, 3), Math.Round(speed90, 3), Math.Max(1, needed)));
        }

        if (candidates.Count == 0)
        {
            return new RestockRun(models.Count, []);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var created = new List<InsertedAlert>();
        foreach (var chunk in candidates.Chunk(InsertChunk))
        {
            created.AddRange(await InsertAsync(db, chunk, today, now, ct));
        }

        if (created.Count > 0)
        {
            var byProduct = candidates.ToDictionary(c => c.Model.ProductId);
            foreach (var alert in created.OrderBy(a => a.Id))
            {
                var c = byProduct[alert.ProductId];
                db.AddEvent(new StockBelowMinimum(alert.Id, alert.ProductId, c.Reason, c.Model.Available, c.Model.Minimum, c.Suggested, c.Model.SupplierId));
            }

            if (await mails.DigestAsync(db, [.. created.Select(a => a.Id)], ct) is { } digest)
            {
                db.EnqueueEmail(digest, now);
            }

            await db.SaveChangesAsync(ct);
        }

        await transaction.CommitAsync(ct);
        return new RestockRun(models.Count, [.. created.Select(a => a.Id).Order()]);
    }

    // Sales are Sale movements (OnHandChange is negative); one pass over the 90 days gives both windows.
    private static async Task<Dictionary<int, (int Sold30, int Sold90)>> SalesAsync(ShopDbContext db, DateTime now, CancellationToken ct)
    {
        var from90 = now.AddDays(-90);
        var from30 = now.AddDays(-30);
        var rows = await db.Set<StockMovement>().AsNoTracking()
            .Where(m => m.Type == StockMovementType.Sale && m.At >= from90 && m.At <= now)
            .GroupBy(m => m.ProductId)
            .Select(g => new
            {
                ProductId = g.Key,
                Sold30 = g.Sum(m => m.At >= from30 ? -m.OnHandChange : 0),
                Sold90 = g.Sum(m => -m.OnHandChange),
            })
            .ToListAsync(ct);
        return rows.ToDictionary(r => r.ProductId, r => (r.Sold30, r.Sold90));
    }

    // A model whose alert is still open, or was ordered less than the supplier's lead time ago from an order
    // not yet received, is already being handled: a new alert every day would only pile up on the page.
    private static async Task<HashSet<int>> AlertsInHandAsync(ShopDbContext db, DateOnly today, CancellationToken ct)
    {
        var horizon = today.AddDays(-365);
        var rows = await db.Set<RestockAlert>().AsNoTracking()
            .Where(a => a.Status == RestockAlertStatus.Open
                || (a.Status == RestockAlertStatus.Ordered && a.Day >= horizon
                    && db.Set<PurchaseOrder>().Any(o => o.Id == a.PurchaseOrderId
                        && (o.Status == PurchaseOrderStatus.Draft || o.Status == PurchaseOrderStatus.Sent))))
            .Select(a => new { a.ProductId, a.Status, a.Day, a.LeadTimeDays })
            .ToListAsync(ct);
        return [.. rows.Where(a => a.Status == RestockAlertStatus.Open || a.Day.AddDays(a.LeadTimeDays) >= today).Select(a => a.ProductId)];
    }

    private static async Task<List<InsertedAlert>> InsertAsync(
        ShopDbContext db, IReadOnlyList<Candidate> chunk, DateOnly today, DateTime now, CancellationToken ct)
    {
        var sql = new StringBuilder("""
            INSERT INTO "RestockAlerts" ("ProductId", "Day", "Reason", "Available", "Minimum", "DailySales30", "DailySales90",
                "SupplierId", "LeadTimeDays", "SuggestedQuantity", "Status", "CreatedAt") VALUES
            """);
        var parameters = new object?[chunk.Count * AlertColumns];
        for (var i = 0; i < chunk.Count; i++)
        {
            var c = chunk[i];
            var first = i * AlertColumns;
            sql.Append(i == 0 ? "\n(" : ",\n(");
            sql.AppendJoin(", ", Enumerable.Range(first, AlertColumns).Select(n => "{" + n.ToString(CultureInfo.InvariantCulture) + "}"));
            sql.Append(')');
            object?[] values =
            [
                c.Model.ProductId, today, (int)c.Reason, c.Model.Available, c.Model.Minimum, c.Speed30, c.Speed90,
                c.Model.SupplierId, c.Model.LeadTimeDays, c.Suggested, (int)RestockAlertStatus.Open, now,
            ];
            values.CopyTo(parameters, first);
        }

        sql.Append("""

            ON CONFLICT ("ProductId", "Day") DO NOTHING
            RETURNING "Id", "ProductId"
            """);
        return await db.Database.SqlQueryRaw<InsertedAlert>(sql.ToString(), parameters!).ToListAsync(ct);
    }

    // Stock summed over warehouses (split by whether a warehouse has its own minimum) and the leading supplier
    // with its lead time, one row per active model (merged duplicates are archived, and MergedIntoId keeps
    // them out even if someone reactivates one). A model without stock rows shares the model's minimum.
    private const string ModelStockSql = """
        SELECT p."Id" AS "ProductId", p."MinimumStock" AS "ModelMinimum",
               COALESCE(s."Available", 0) AS "Available",
               COALESCE(s."OwnMinimum", 0) AS "OwnMinimum", COALESCE(s."OwnShortfall", 0) AS "OwnShortfall",
               COALESCE(s."SharedAvailable", 0) AS "SharedAvailable", COALESCE(s."SharesModelMinimum", 1) AS "SharesModelMinimum",
               l."SupplierId" AS "SupplierId", COALESCE(l."LeadTimeDays", 0) AS "LeadTimeDays"
        FROM "Products" p
        LEFT JOIN (SELECT "ProductId",
                          CAST(SUM("OnHand" - "Reserved") AS integer) AS "Available",
                          CAST(SUM(COALESCE("MinimumStock", 0)) AS integer) AS "OwnMinimum",
                          CAST(SUM(CASE WHEN "MinimumStock" > "OnHand" - "Reserved" THEN "MinimumStock" - ("OnHand" - "Reserved") ELSE 0 END) AS integer) AS "OwnShortfall",
                          CAST(SUM(CASE WHEN "MinimumStock" IS NULL THEN "OnHand" - "Reserved" ELSE 0 END) AS integer) AS "SharedAvailable",
                          MAX(CASE WHEN "MinimumStock" IS NULL THEN 1 ELSE 0 END) AS "SharesModelMinimum"
                   FROM "ProductStocks" GROUP BY "ProductId") s ON s."ProductId" = p."Id"
        LEFT JOIN (SELECT sp."ProductId", sp."SupplierId", su."LeadTimeDays"
                   FROM "SupplierProducts" sp JOIN "Suppliers" su ON su."Id" = sp."SupplierId"
                   WHERE sp."IsLeading") l ON l."ProductId" = p."Id"
        WHERE p."Status" = 1 AND p."MergedIntoId" IS NULL
        """;

    private sealed record Candidate(ModelStock Model, RestockReason Reason, double Speed30, double Speed90, int Suggested);
}
