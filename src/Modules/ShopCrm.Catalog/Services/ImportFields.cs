using ShopCrm.Catalog.Contracts;
using ShopCrm.Catalog.Domain;

namespace ShopCrm.Catalog.Services;

// What each kind of import can fill, and the English and Polish headers each field is recognised by.
public static class ImportFields
{
    public const string Sku = "sku";
    public const string Name = "name";
    public const string Ean = "ean";
    public const string Brand = "brand";
    public const string Category = "category";
    public const string NetPrice = "net-price";
    public const string GrossPrice = "gross-price";
    public const string VatRate = "vat-rate";
    public const string PurchasePrice = "purchase-price";
    public const string Weight = "weight";
    public const string Description = "description";
    public const string MinimumStock = "minimum-stock";
    public const string Status = "status";
    public const string SupplierCode = "supplier-code";
    public const string SuggestedNetPrice = "suggested-net-price";

    public static readonly IReadOnlyList<ImportField> Models =
    [
        new(Sku, "SKU", true, ["sku", "kod", "kod produktu", "kod towaru", "symbol", "indeks", "index", "nr katalogowy", "kod producenta"]),
        new(Name, "Name", false, ["name", "nazwa", "nazwa produktu", "nazwa towaru", "model"]),
        new(Ean, "EAN", false, ["ean", "kod ean", "ean13", "ean 13", "kod kreskowy", "barcode", "gtin"]),
        new(Brand, "Brand", false, ["brand", "marka", "producent", "manufacturer"]),
        new(Category, "Category path", false, ["category", "category path", "kategoria", "sciezka kategorii"]),
        new(NetPrice, "Net price", false, ["net price", "price net", "cena netto", "netto"]),
        new(GrossPrice, "Gross price", false, ["gross price", "price gross", "price", "cena brutto", "brutto", "cena"]),
        new(VatRate, "VAT rate %", false, ["vat", "vat rate", "vat %", "vat rate %", "stawka vat", "vat stawka"]),
        new(PurchasePrice, "Purchase price", false, ["purchase price", "cena zakupu", "cena zakupu netto"]),
        new(Weight, "Weight (g)", false, ["weight", "weight g", "waga", "waga g", "masa", "masa g"]),
        new(Description, "Description", false, ["description", "opis", "opis produktu"]),
        new(MinimumStock, "Minimum stock", false, ["minimum stock", "min stock", "minimum", "stan minimalny", "minimalny stan"]),
        new(Status, "Status", false, ["status", "stan karty"]),
    ];

    public static readonly IReadOnlyList<ImportField> PriceList =
    [
        new(SupplierCode, "Supplier code", true, ["supplier code", "code", "kod dostawcy", "kod producenta", "kod", "symbol", "indeks", "index", "nr katalogowy"]),
        new(Name, "Name", true, ["name", "nazwa", "nazwa produktu", "nazwa towaru", "model"]),
        new(Ean, "EAN", false, ["ean", "kod ean", "ean13", "ean 13", "kod kreskowy", "barcode", "gtin"]),
        new(Brand, "Brand", false, ["brand", "marka", "producent", "manufacturer"]),
        new(PurchasePrice, "Purchase price", true, ["purchase price", "price", "net price", "cena zakupu", "cena zakupu netto", "cena netto", "cena", "netto"]),
        new(SuggestedNetPrice, "Suggested net price", false, ["suggested net price", "suggested price", "srp", "cena sugerowana", "sugerowana cena netto", "cena detaliczna netto"]),
        new(Weight, "Weight (g)", false, ["weight", "weight g", "waga", "waga g", "masa", "masa g"]),
        new(Description, "Description", false, ["description", "opis", "opis produktu"]),
    ];

    public static IReadOnlyList<ImportField> For(ImportKind kind) => kind == ImportKind.PriceList ? PriceList : Models;

    // What the person who starts an import must hold to fill a field: the same permission the card or
    // supplier editor asks for that change. A supplier's price list (its codes and prices, and the purchase
    // price it copies to cards it leads) is the supplier editor's work.
    public static string PermissionFor(ImportKind kind, string field) => kind == ImportKind.PriceList
        ? CatalogPermissions.Suppliers
        : field switch
        {
            NetPrice or GrossPrice or VatRate or PurchasePrice => CatalogPermissions.Prices,
            Status => CatalogPermissions.Publish,
            _ => CatalogPermissions.Edit,
        };

    // Field key -> column index, from the headers; each column is used for at most one field, and the
    // field's aliases are tried in order so "Cena netto" goes to the net price before "cena" is considered.
    public static Dictionary<string, int> Guess(ImportKind kind, IReadOnlyList<string> headers)
    {
        var normalized = headers.Select(ProductNames.Normalize).ToList();
        var map = new Dictionary<string, int>();
        var taken = new HashSet<int>();
        var fields = For(kind);
        for (var rank = 0; rank < fields.Max(f => f.Aliases.Count); rank++)
        {
            foreach (var field in fields.Where(f => !map.ContainsKey(f.Key) && rank < f.Aliases.Count))
            {
                var column = normalized.FindIndex(h => h == field.Aliases[rank]);
                if (column >= 0 && taken.Add(column))
                {
                    map[field.Key] = column;
                }
            }
        }

        return map;
    }
}
