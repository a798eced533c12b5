using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using ShopCrm.Catalog.Domain;
using ShopCrm.Catalog.Services.Products;
using ShopCrm.Catalog.Services.Stock;
using ShopCrm.Core.Api;
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
    public static string ModelsAddress(ProductFilter filter) =>
        new QueryAddress(ModelsPath)
            .Add("categoryId", filter.CategoryId)
            .Add("brandId", filter.BrandId)
            .Add("tagId", filter.TagId)
            .Add("stock", filter.Stock)
            .Add("completenessBelow", filter.CompletenessBelow)
            .Add("status", filter.Status)
            .Add("search", filter.Search)
            .Add("includeMerged", filter.IncludeMerged)
            .ToString();

    public static string PriceListAddress(int supplierId) => $"/catalog/suppliers/{supplierId}/price-list.csv";

    public static ProductFilter FilterFrom(IQueryCollection query) => new(
        QueryValues.Number(query, "categoryId"),
        QueryValues.Number(query, "brandId"),
        QueryValues.Number(query, "tagId"),
        QueryValues.Choice<StockState>(query, "stock"),
        QueryValues.Number(query, "completenessBelow"),
        QueryValues.Choice<ProductStatus>(query, "status"),
        QueryValues.Text(query, "search"),
        QueryValues.Flag(query, "includeMerged"));

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
