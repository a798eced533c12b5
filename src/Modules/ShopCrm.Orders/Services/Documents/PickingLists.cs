using Microsoft.EntityFrameworkCore;
using ShopCrm.Catalog.Domain;
using ShopCrm.Core.Company;
using ShopCrm.Core.Data;
using ShopCrm.Core.Time;
using ShopCrm.Orders.Documents;
using ShopCrm.Orders.Domain;

namespace ShopCrm.Orders.Services.Documents;

// Picking lists are working papers, not issued documents: no number, nothing stored, printed as the
// orders stand at the moment.
public sealed class PickingLists(IDbContextFactory<ShopDbContext> contexts, ShopClock clock)
{
    // A batch never grows past what one picker carries round in one walk.
    public const int MaxOrdersInBatch = 200;

    public async Task<byte[]?> ForOrderAsync(long orderId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var number = await db.Set<Order>().Where(o => o.Id == orderId).Select(o => o.Number).SingleOrDefaultAsync(ct);
        return number is null ? null : await RenderAsync(db, $"Lista kompletacyjna {number}", db.Set<Order>().Where(o => o.Id == orderId), ct);
    }

    public async Task<byte[]> ForAssemblyAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var batch = db.Set<Order>().Where(o => o.Status == OrderStatus.Assembly).OrderBy(o => o.AssemblyAt).ThenBy(o => o.Id).Take(MaxOrdersInBatch);
        return await RenderAsync(db, "Lista kompletacyjna: zamówienia w kompletacji", batch, ct);
    }

    private async Task<byte[]> RenderAsync(ShopDbContext db, string title, IQueryable<Order> orders, CancellationToken ct)
    {
        var lines = await (
            from order in orders
            join line in db.Set<OrderLine>() on order.Id equals line.OrderId
            join warehouse in db.Set<Warehouse>() on line.WarehouseId equals warehouse.Id into found
            from warehouse in found.DefaultIfEmpty()
            where line.Quantity > line.ReturnedQuantity
            select new PickingListLine(
                order.Number,
                warehouse == null ? "nieprzydzielony" : warehouse.Code + " " + warehouse.Name,
                line.Sku,
                line.Name,
                line.Quantity - line.ReturnedQuantity,
                line.OnBackorder)).ToListAsync(ct);
        var shop = await db.CompanyProfiles.AsNoTracking().Select(c => c.Name).FirstOrDefaultAsync(ct) ?? "ShopCrm";
        return PickingListPdf.Render(title, shop, clock.ToLocal(clock.UtcNow), lines);
    }
}
