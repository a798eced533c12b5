using Microsoft.EntityFrameworkCore;
using ShopCrm.Catalog.Domain;
using ShopCrm.Core.Data;

namespace ShopCrm.Catalog.Services.Products;

internal static class ProductChildren
{
    // Specifications, tags, links and supplier links: rows that stay are updated, others added or removed,
    // so no key is deleted and inserted again in one save.
    public static async Task ReplaceAsync(
        ShopDbContext db, Product product, ProductInput card, Dictionary<int, ProductSpecification> specifications, CancellationToken ct)
    {
        var id = product.Id;
        var existingSpecs = await db.Set<ProductSpecification>().Where(s => s.ProductId == id).ToListAsync(ct);
        foreach (var existing in existingSpecs)
        {
            if (specifications.TryGetValue(existing.DefinitionId, out var value))
            {
                existing.NumberValue = value.NumberValue;
                existing.TextValue = value.TextValue;
            }
            else
            {
                db.Remove(existing);
            }
        }

        var kept = existingSpecs.Select(s => s.DefinitionId).ToHashSet();
        foreach (var value in specifications.Values.Where(v => !kept.Contains(v.DefinitionId)))
        {
            db.Add(new ProductSpecification { ProductId = id, DefinitionId = value.DefinitionId, NumberValue = value.NumberValue, TextValue = value.TextValue });
        }

        var wantedTags = card.TagIds.ToHashSet();
        var existingTags = await db.Set<ProductTag>().Where(t => t.ProductId == id).ToListAsync(ct);
        db.RemoveRange(existingTags.Where(t => !wantedTags.Contains(t.TagId)));
        foreach (var tagId in wantedTags.Except(existingTags.Select(t => t.TagId)))
        {
            db.Add(new ProductTag { ProductId = id, TagId = tagId });
        }

        var wantedLinks = card.Links.Select(l => (l.LinkedProductId, l.Kind)).ToHashSet();
        var existingLinks = await db.Set<ProductLink>().Where(l => l.ProductId == id).ToListAsync(ct);
        db.RemoveRange(existingLinks.Where(l => !wantedLinks.Contains((l.LinkedProductId, l.Kind))));
        foreach (var (linkedId, kind) in wantedLinks.Except(existingLinks.Select(l => (l.LinkedProductId, l.Kind))))
        {
            db.Add(new ProductLink { ProductId = id, LinkedProductId = linkedId, Kind = kind });
        }

        var existingSuppliers = await db.Set<SupplierProduct>().Where(s => s.ProductId == id).ToListAsync(ct);
        foreach (var existing in existingSuppliers)
        {
            var wanted = card.Suppliers.FirstOrDefault(s => s.SupplierId == existing.SupplierId);
            if (wanted is null)
            {
                db.Remove(existing);
                continue;
            }

            existing.SupplierCode = wanted.SupplierCode;
            existing.PurchasePriceMinor = wanted.PurchasePriceMinor;
            existing.IsLeading = wanted.IsLeading;
        }

        foreach (var wanted in card.Suppliers.Where(s => existingSuppliers.All(e => e.SupplierId != s.SupplierId)))
        {
            db.Add(new SupplierProduct
            {
                ProductId = id,
                SupplierId = wanted.SupplierId,
                SupplierCode = wanted.SupplierCode,
                PurchasePriceMinor = wanted.PurchasePriceMinor,
                IsLeading = wanted.IsLeading,
            });
        }
    }
}
