using Microsoft.EntityFrameworkCore;
using ShopCrm.Catalog.Contracts;
using ShopCrm.Catalog.Domain;
using ShopCrm.Catalog.Services.Stock;
using ShopCrm.Catalog.Services.Structure;
using ShopCrm.Core.Data;

namespace ShopCrm.Catalog.Services.Products;

// The model list as one SQL query: filters, stock sums per model and the row shape the grid shows.
// Paging and sorting are added by the caller (GridQuery), so they run in SQL too.
internal static class ProductListQuery
{
    public static IQueryable<ProductListRow> Rows(ShopDbContext db, ProductFilter filter)
    {
        var products = db.Set<Product>().AsNoTracking();
        if (!filter.IncludeMerged)
        {
            products = products.Where(p => p.MergedIntoId == null);
        }

        if (filter.CategoryId is { } categoryId)
        {
            var subtree = CategorySubtree.Ids(db, categoryId);
            products = products.Where(p => subtree.Contains(p.CategoryId));
        }

        if (filter.BrandId is { } brandId)
        {
            products = products.Where(p => p.BrandId == brandId);
        }

        if (filter.TagId is { } tagId)
        {
            products = products.Where(p => db.Set<ProductTag>().Any(t => t.ProductId == p.Id && t.TagId == tagId));
        }

        if (filter.Status is { } status)
        {
            products = products.Where(p => p.Status == status);
        }

        if (filter.CompletenessBelow is { } below)
        {
            products = products.Where(p => p.Completeness < below);
        }

        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var text = filter.Search.Trim().ToLowerInvariant();
            var name = ProductNames.Normalize(filter.Search);
            products = products.Where(p => p.Sku.ToLower().Contains(text) || p.NormalizedName.Contains(name) || p.Ean == text);
        }

        var stocks = db.Set<ProductStock>();
        var rows = products.Select(p => new
        {
            Product = p,
            OnHand = stocks.Where(s => s.ProductId == p.Id).Sum(s => (int?)s.OnHand) ?? 0,
            Available = p.AvailableStock,
        });

        rows = filter.Stock switch
        {
            StockState.InStock => rows.Where(r => r.Available > 0),
            StockState.Low => rows.Where(r => r.Available > 0 && r.Available <= r.Product.MinimumStock),
            StockState.OutOfStock => rows.Where(r => r.Available <= 0),
            _ => rows,
        };

        return rows.Select(r => new ProductListRow
        {
            Id = r.Product.Id,
            Sku = r.Product.Sku,
            Name = r.Product.Name,
            Brand = r.Product.Brand!.Name,
            Category = r.Product.Category!.Name,
            GrossPriceMinor = r.Product.GrossPriceMinor,
            Currency = r.Product.Currency,
            OnHand = r.OnHand,
            Available = r.Available,
            MinimumStock = r.Product.MinimumStock,
            Completeness = r.Product.Completeness,
            Status = r.Product.Status,
            UpdatedAt = r.Product.UpdatedAt,
        });
    }
}
