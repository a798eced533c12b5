using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using ShopCrm.Catalog.Domain;
using ShopCrm.Core.Csv;
using ShopCrm.Core.Data;

namespace ShopCrm.Catalog.Services;

// CSV exports written row by row straight to the response: a million models never sit in memory.
// The columns are those the import recognises, so an exported file can be edited and imported back.
public static class CatalogExport
{
    public const string ModelsPath = "/catalog/models/export.csv";

    public static readonly string[] ModelColumns =
        ["SKU", "Name", "EAN", "Brand", "Category path", "Net price", "VAT rate %", "Gross price", "Purchase price", "Weight (g)", "Description", "Minimum stock", "Status"];

    public static readonly string[] PriceListColumns =
        ["Supplier code", "Name", "EAN", "Brand", "Purchase price", "Suggested net price", "Weight (g)", "Description"];

    // The export address for what a model list shows, for its "Export CSV" link.
    public static string ModelsAddress(ProductFilter filter)
    {
        var query = new List<string>();
        void Add(string name, object? value)
        {
            if (value is not null)
            {
                query.Add($"{name}={Uri.EscapeDataString(Convert.ToString(value, CultureInfo.InvariantCulture)!)}");
            }
        }

        Add("categoryId", filter.CategoryId);
        Add("brandId", filter.BrandId);
        Add("tagId", filter.TagId);
        Add("stock", filter.Stock);
        Add("completenessBelow", filter.CompletenessBelow);
        Add("status", filter.Status);
        Add("search", string.IsNullOrWhiteSpace(filter.Search) ? null : filter.Search);
        Add("includeMerged", filter.IncludeMerged ? "true" : null);
        return query.Count == 0 ? ModelsPath : $"{ModelsPath}?{string.Join('&', query)}";
    }

    public static string PriceListAddress(int supplierId) => $"/catalog/suppliers/{supplierId}/price-list.csv";

    public static ProductFilter FilterFrom(IQueryCollection query)
    {
        int? Number(string name) => int.TryParse(query[name], NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
        TEnum? Choice<TEnum>(string name)
            where TEnum : struct, Enum => Enum.TryParse<TEnum>(query[name], ignoreCase: true, out var value) && Enum.IsDefined(value) ? value : null;

        return new ProductFilter(
            Number("categoryId"),
            Number("brandId"),
            Number("tagId"),
            Choice<StockState>("stock"),
            Number("completenessBelow"),
            Choice<ProductStatus>("status"),
            string.IsNullOrWhiteSpace(query["search"]) ? null : query["search"].ToString(),
            string.Equals(query["includeMerged"], "true", StringComparison.OrdinalIgnoreCase));
    }

    public static async Task WriteModelsAsync(ShopDbContext db, ProductFilter filter, TextWriter output, CancellationToken ct)
    {
        var categories = await ImportLookups.CategoryPathsAsync(db, ct);
        var ids = ProductListQuery.Rows(db, filter).Select(r => r.Id);
        var models = db.Set<Product>().AsNoTracking().Where(p => ids.Contains(p.Id)).OrderBy(p => p.Id).Select(p => new
        {
            p.Sku,
            p.Name,
            p.Ean,
            Brand = p.Brand!.Name,
            p.CategoryId,
            p.NetPriceMinor,
            p.VatRatePercent,
            p.GrossPriceMinor,
            p.PurchasePriceMinor,
            p.WeightGrams,
            p.Description,
            p.MinimumStock,
            p.Status,
        });

        var csv = new CsvWriter(output);
        await csv.WriteRecordAsync(ModelColumns);
        await foreach (var p in models.AsAsyncEnumerable().WithCancellation(ct))
        {
            await csv.WriteRecordAsync(
            [
                p.Sku, p.Name, p.Ean, p.Brand, categories.GetValueOrDefault(p.CategoryId), CsvWriter.Amount(p.NetPriceMinor),
                p.VatRatePercent.ToString(CultureInfo.InvariantCulture), CsvWriter.Amount(p.GrossPriceMinor),
                p.PurchasePriceMinor is { } purchase ? CsvWriter.Amount(purchase) : null,
                p.WeightGrams?.ToString(CultureInfo.InvariantCulture), p.Description,
                p.MinimumStock.ToString(CultureInfo.InvariantCulture), p.Status.ToString(),
            ]);
        }
    }

    public static async Task WritePriceListAsync(ShopDbContext db, int supplierId, TextWriter output, CancellationToken ct)
    {
        var csv = new CsvWriter(output);
        await csv.WriteRecordAsync(PriceListColumns);
        var lines = db.Set<PriceListLine>().AsNoTracking().Where(l => l.SupplierId == supplierId).OrderBy(l => l.SupplierCode);
        await foreach (var l in lines.AsAsyncEnumerable().WithCancellation(ct))
        {
            await csv.WriteRecordAsync(
            [
                l.SupplierCode, l.Name, l.Ean, l.BrandName, CsvWriter.Amount(l.PurchasePriceMinor),
                l.SuggestedNetPriceMinor is { } suggested ? CsvWriter.Amount(suggested) : null,
                l.WeightGrams?.ToString(CultureInfo.InvariantCulture), l.Description,
            ]);
        }
    }
}
