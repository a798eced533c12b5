using Microsoft.EntityFrameworkCore;
using ShopCrm.Catalog.Contracts;
using ShopCrm.Catalog.Domain;
using ShopCrm.Clients.Domain;
using ShopCrm.Core.Data;
using ShopCrm.Core.Time;

namespace ShopCrm.Clients.Services.Segments;

// Turns a segment definition into one SQL query over active clients: every condition is a WHERE on an
// indexed column or an EXISTS over an indexed link table, so a count over a million clients stays in the
// database. Mailing campaigns use the same query to pick their recipients.
public sealed class SegmentQuery(IDbContextFactory<ShopDbContext> contexts, ShopClock clock, ICategoryTree categoryTree)
{
    public async Task<IQueryable<Client>> ClientsAsync(ShopDbContext db, SegmentDefinition segment, CancellationToken ct = default)
    {
        var interestCategories = await SubtreesAsync(db, segment.InterestCategoryIds, ct);
        var clients = db.Set<Client>().AsNoTracking().Where(c => c.Status == ClientStatus.Active);

        if (segment.InterestTagIds.Count > 0 || segment.InterestCategoryIds.Count > 0)
        {
            var tagIds = segment.InterestTagIds.ToList();
            var byCategory = db.Set<ClientInterest>().Where(i => i.CategoryId != null && interestCategories.Contains(i.CategoryId.Value));
            clients = segment.InterestCategoryIds.Count == 0
                ? clients.Where(c => db.Set<ClientInterest>().Any(i => i.ClientId == c.Id && i.TagId != null && tagIds.Contains(i.TagId.Value)))
                : segment.InterestTagIds.Count == 0
                    ? clients.Where(c => byCategory.Any(i => i.ClientId == c.Id))
                    : clients.Where(c => db.Set<ClientInterest>().Any(i => i.ClientId == c.Id && i.TagId != null && tagIds.Contains(i.TagId.Value))
                        || byCategory.Any(i => i.ClientId == c.Id));
        }

        if (segment.ClientTagIds.Count > 0)
        {
            var tagIds = segment.ClientTagIds.ToList();
            clients = clients.Where(c => db.Set<ClientTagLink>().Any(l => l.ClientId == c.Id && tagIds.Contains(l.TagId)));
        }

        if (segment.IsVip is { } vip)
        {
            clients = clients.Where(c => c.IsVip == vip);
        }

        if (segment.IsLost is { } lost)
        {
            clients = clients.Where(c => c.IsLost == lost);
        }

        if (segment.IsLousy is { } lousy)
        {
            clients = clients.Where(c => c.IsLousy == lousy);
        }

        if (segment.Regions.Count > 0)
        {
            var regions = segment.Regions.ToList();
            clients = clients.Where(c => c.Region != null && regions.Contains(c.Region));
        }

        if (segment.BirthMonths.Count > 0)
        {
            var months = segment.BirthMonths.ToList();
            clients = clients.Where(c => c.BirthMonth != null && months.Contains(c.BirthMonth.Value));
        }

        if (segment.HasPurchaseCondition)
        {
            var purchases = Purchases(db, segment, await SubtreesAsync(db, segment.BoughtCategoryId is { } bought ? [bought] : [], ct));
            clients = clients.Where(c => purchases.Any(p => p.ClientId == c.Id));
        }

        if (segment.MinOrders is { } minOrders)
        {
            clients = clients.Where(c => c.CompletedOrders >= minOrders);
        }

        if (segment.MaxOrders is { } maxOrders)
        {
            clients = clients.Where(c => c.CompletedOrders <= maxOrders);
        }

        if (segment.MinTotalMinor is { } minTotal)
        {
            clients = clients.Where(c => c.TotalSpentMinor >= minTotal);
        }

        if (segment.MaxTotalMinor is { } maxTotal)
        {
            clients = clients.Where(c => c.TotalSpentMinor <= maxTotal);
        }

        if (segment.LastOrderFrom is { } lastFrom)
        {
            var from = StartOf(lastFrom);
            clients = clients.Where(c => c.LastOrderAt >= from);
        }

        if (segment.LastOrderTo is { } lastTo)
        {
            var to = StartOf(lastTo.AddDays(1));
            clients = clients.Where(c => c.LastOrderAt < to);
        }

        if (segment.MarketingConsent is { } consent)
        {
            clients = clients.Where(c => c.MarketingConsent == consent);
        }

        return clients;
    }

    public async Task<int> CountAsync(SegmentDefinition segment, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await (await ClientsAsync(db, segment, ct)).CountAsync(ct);
    }

    private IQueryable<ClientPurchase> Purchases(ShopDbContext db, SegmentDefinition segment, List<int> boughtCategories)
    {
        var purchases = db.Set<ClientPurchase>().AsQueryable();
        if (segment.BoughtFrom is { } boughtFrom)
        {
            var from = StartOf(boughtFrom);
            purchases = purchases.Where(p => p.PurchasedAt >= from);
        }

        if (segment.BoughtTo is { } boughtTo)
        {
            var to = StartOf(boughtTo.AddDays(1));
            purchases = purchases.Where(p => p.PurchasedAt < to);
        }

        if (segment.BoughtSupplierId is { } supplierId)
        {
            purchases = purchases.Where(p => db.Set<SupplierProduct>().Any(s => s.ProductId == p.ProductId && s.SupplierId == supplierId));
        }

        if (segment.BoughtBrandId is { } brandId)
        {
            purchases = purchases.Where(p => db.Set<Product>().Any(m => m.Id == p.ProductId && m.BrandId == brandId));
        }

        if (segment.BoughtCategoryId is not null)
        {
            purchases = purchases.Where(p => db.Set<Product>().Any(m => m.Id == p.ProductId && boughtCategories.Contains(m.CategoryId)));
        }

        return purchases;
    }

    // The chosen categories with everything below them, as ids: a list of ids keeps the client-side
    // conditions on plain indexed equality.
    private async Task<List<int>> SubtreesAsync(ShopDbContext db, IReadOnlyList<int> categoryIds, CancellationToken ct)
    {
        if (categoryIds.Count == 0)
        {
            return [];
        }

        return await categoryTree.SubtreeIds(db, categoryIds).ToListAsync(ct);
    }

    private DateTime StartOf(DateOnly day) => clock.ToUtc(day.ToDateTime(TimeOnly.MinValue));
}
