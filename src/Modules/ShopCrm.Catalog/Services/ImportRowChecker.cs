using Microsoft.EntityFrameworkCore;
using ShopCrm.Catalog.Domain;
using ShopCrm.Core.Csv;
using ShopCrm.Core.Data;

namespace ShopCrm.Catalog.Services;

// Checks records a chunk at a time (one query for the chunk's existing SKUs) and remembers every key seen,
// so that a SKU or supplier code given twice in one file is reported on its second line.
internal sealed class ImportRowChecker
{
    private readonly ImportKind kind;
    private readonly IReadOnlyDictionary<string, int> map;
    private readonly ImportLookups lookups;
    private readonly Dictionary<string, int> seen = new(StringComparer.Ordinal);

    private ImportRowChecker(ImportKind kind, IReadOnlyDictionary<string, int> map, ImportLookups lookups)
    {
        this.kind = kind;
        this.map = map;
        this.lookups = lookups;
    }

    public List<ModelImportRow> Models { get; } = [];

    public List<PriceListImportRow> Lines { get; } = [];

    public HashSet<string> ExistingSkus { get; } = new(StringComparer.Ordinal);

    public static async Task<ImportRowChecker> CreateAsync(ShopDbContext db, CatalogImport import, IReadOnlyDictionary<string, int> map, CancellationToken ct) =>
        new(import.Kind, map, await ImportLookups.LoadAsync(db, ct));

    // Problems by line for this chunk; the good rows are in Models or Lines afterwards.
    public async Task<Dictionary<int, List<string>>> CheckAsync(ShopDbContext db, IReadOnlyList<CsvRecord> records, CancellationToken ct)
    {
        Models.Clear();
        Lines.Clear();
        ExistingSkus.Clear();
        var problems = new Dictionary<int, List<string>>();
        if (kind == ImportKind.Models && map.TryGetValue(ImportFields.Sku, out var skuColumn))
        {
            var skus = records.Select(r => r[skuColumn].Trim()).Where(s => s.Length > 0).Distinct().ToList();
            ExistingSkus.UnionWith(await db.Set<Product>().Where(p => skus.Contains(p.Sku)).Select(p => p.Sku).ToListAsync(ct));
        }

        var keyField = kind == ImportKind.Models ? ImportFields.Sku : ImportFields.SupplierCode;
        foreach (var record in records)
        {
            var errors = new List<string>();
            var key = map.TryGetValue(keyField, out var keyColumn) ? record[keyColumn].Trim() : "";
            if (kind == ImportKind.Models)
            {
                if (ImportRowParser.Model(record, map, lookups, ExistingSkus.Contains(key), errors) is { } row)
                {
                    Models.Add(row);
                }
            }
            else if (ImportRowParser.PriceList(record, map, errors) is { } line)
            {
                Lines.Add(line);
            }

            if (key.Length > 0 && !seen.TryAdd(key, record.Line))
            {
                errors.Add($"{(kind == ImportKind.Models ? "SKU" : "Supplier code")} \"{key}\" is already on line {seen[key]}");
                Models.RemoveAll(m => m.Line == record.Line);
                Lines.RemoveAll(l => l.Line == record.Line);
            }

            if (errors.Count > 0)
            {
                problems[record.Line] = errors;
            }
        }

        return problems;
    }
}
