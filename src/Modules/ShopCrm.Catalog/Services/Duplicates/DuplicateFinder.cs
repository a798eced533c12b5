using Microsoft.EntityFrameworkCore;
using ShopCrm.Catalog.Domain;
using ShopCrm.Core.Auditing;
using ShopCrm.Core.Data;
using ShopCrm.Core.Security;

namespace ShopCrm.Catalog.Services.Duplicates;

// Likely duplicate cards among those not archived: the same EAN, the same supplier code on two cards,
// or near-identical normalized names within a brand. Exact matches are self-joins in SQL; similar names
// are found in memory from one narrow read (id, brand, name) because edit distance has no index.
internal sealed class DuplicateFinder(IDbContextFactory<ShopDbContext> contexts, TimeProvider time, ICurrentUser user, PermissionGuard guard)
{
    public async Task<IReadOnlyList<DuplicatePair>> FindAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var candidates = db.Set<Product>().Where(p => p.Status != ProductStatus.Archived && p.MergedIntoId == null);
        var found = new Dictionary<(int, int), (List<DuplicateReason> Reasons, List<string> Details)>();

        void Add(int a, int b, DuplicateReason reason, string detail)
        {
            var key = a < b ? (a, b) : (b, a);
            if (!found.TryGetValue(key, out var entry))
            {
                found[key] = entry = ([], []);
            }

            if (!entry.Reasons.Contains(reason))
            {
                entry.Reasons.Add(reason);
                entry.Details.Add(detail);
            }
        }

        var sameEan = await (
                from a in candidates
                join b in candidates on a.Ean equals b.Ean
                where a.Ean != null && a.Ean != "" && a.Id < b.Id
                select new { A = a.Id, B = b.Id, a.Ean })
            .ToListAsync(ct);
        sameEan.ForEach(p => Add(p.A, p.B, DuplicateReason.SameEan, $"EAN {p.Ean}"));

        var sameCode = await (
                from a in db.Set<SupplierProduct>()
                join b in db.Set<SupplierProduct>() on a.SupplierCode equals b.SupplierCode
                where a.ProductId < b.ProductId
                    && candidates.Any(p => p.Id == a.ProductId) && candidates.Any(p => p.Id == b.ProductId)
                select new
                {
                    A = a.ProductId,
                    B = b.ProductId,
                    a.SupplierCode,
                    SupplierA = db.Set<Supplier>().Where(s => s.Id == a.SupplierId).Select(s => s.Name).First(),
                    SupplierB = db.Set<Supplier>().Where(s => s.Id == b.SupplierId).Select(s => s.Name).First(),
                })
            .ToListAsync(ct);
        sameCode.ForEach(p => Add(p.A, p.B, DuplicateReason.SameSupplierCode,
            p.SupplierA == p.SupplierB ? $"code {p.SupplierCode} at {p.SupplierA}" : $"code {p.SupplierCode} at {p.SupplierA} and {p.SupplierB}"));

        var names = await candidates.Where(p => p.BrandId != null && p.NormalizedName != "")
            .Select(p => new NamedProduct(p.Id, p.BrandId!.Value, p.NormalizedName))
            .ToListAsync(ct);
        foreach (var (a, b, distance) in SimilarNames.Pairs(names))
        {
            Add(a, b, distance == 0 ? DuplicateReason.SameName : DuplicateReason.SimilarName,
                distance == 0 ? "same name" : distance == 1 ? "names differ by one letter" : $"names differ by {distance} letters");
        }

        var dismissed = (await db.Set<DuplicateDismissal>().Select(d => new { d.ProductId, d.OtherProductId }).ToListAsync(ct))
            .Select(d => (d.ProductId, d.OtherProductId)).ToHashSet();
        var pairs = found.Where(f => !dismissed.Contains(f.Key)).ToList();
        var ids = pairs.SelectMany(p => new[] { p.Key.Item1, p.Key.Item2 }).Distinct().ToList();
        var cards = new Dictionary<int, CardHead>();
        foreach (var chunk in ids.Chunk(1_000))
        {
            foreach (var card in await db.Set<Product>().Where(p => chunk.Contains(p.Id))
                .Select(p => new CardHead(p.Id, p.Sku, p.Name, p.Brand!.Name)).ToListAsync(ct))
            {
                cards[card.Id] = card;
            }
        }

        return pairs
            .Select(p =>
            {
                var (first, second) = (cards[p.Key.Item1], cards[p.Key.Item2]);
                return new DuplicatePair(first.Id, first.Sku, first.Name, second.Id, second.Sku, second.Name,
                    first.Brand ?? second.Brand, p.Value.Reasons, string.Join("; ", p.Value.Details));
            })
            .OrderBy(p => p.Reasons.Min())
            .ThenBy(p => p.FirstSku, StringComparer.Ordinal)
            .ThenBy(p => p.SecondSku, StringComparer.Ordinal)
            .ToList();
    }

    // Remembered, so the pair is not listed again; either order of the two ids means the same pair.
    public async Task DismissAsync(int productId, int otherProductId, CancellationToken ct = default)
    {
        await guard.EnsureAsync(CatalogPermissions.Merge);
        var (first, second) = productId < otherProductId ? (productId, otherProductId) : (otherProductId, productId);
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (await db.Set<DuplicateDismissal>().AnyAsync(d => d.ProductId == first && d.OtherProductId == second, ct))
        {
            return;
        }

        db.Add(new DuplicateDismissal { ProductId = first, OtherProductId = second, DismissedAt = time.GetUtcNow().UtcDateTime, DismissedBy = user.UserName });
        await db.SaveChangesAsync(ct);
    }

    private sealed record CardHead(int Id, string Sku, string Name, string? Brand);
}
