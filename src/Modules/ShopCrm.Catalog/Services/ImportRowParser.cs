using ShopCrm.Core.Csv;
using ShopCrm.Core.Money;

namespace ShopCrm.Catalog.Services;

// Turns CSV records into checked rows, collecting every reason a row is bad. The same code checks the
// preview, the whole file before anything is written, and reads the rows again while writing.
internal static class ImportRowParser
{
    public static ModelImportRow? Model(CsvRecord record, IReadOnlyDictionary<string, int> map, ImportLookups lookups, bool exists, List<string> errors)
    {
        string? Cell(string field) => map.TryGetValue(field, out var column) && record[column].Trim() is { Length: > 0 } value ? value : null;

        var sku = Cell(ImportFields.Sku);
        if (sku is null)
        {
            errors.Add("SKU is empty");
        }
        else if (sku.Length > 64)
        {
            errors.Add("SKU is longer than 64 characters");
        }

        var name = Cell(ImportFields.Name);
        if (name?.Length > 300)
        {
            errors.Add("Name is longer than 300 characters");
        }

        var ean = Cell(ImportFields.Ean) is { } eanText ? ImportValues.Ean(eanText, errors) : null;

        int? brandId = null;
        if (Cell(ImportFields.Brand) is { } brand)
        {
            brandId = lookups.Brand(brand);
            if (brandId is null)
            {
                errors.Add($"Brand \"{brand}\" does not exist: add it under Brands first");
            }
        }

        int? categoryId = null;
        if (Cell(ImportFields.Category) is { } category)
        {
            categoryId = lookups.Category(category, out var ambiguous);
            if (categoryId is null)
            {
                errors.Add(ambiguous
                    ? $"Category \"{category}\" exists in several places: write its whole path, such as \"Wędki > Wędki spinningowe\""
                    : $"Category \"{category}\" does not exist");
            }
        }

        var vat = Cell(ImportFields.VatRate) is { } vatText ? ImportValues.VatRate(vatText, errors) : null;
        var net = Cell(ImportFields.NetPrice) is { } netText ? ImportValues.Money(netText, "Net price", errors) : null;
        var gross = Cell(ImportFields.GrossPrice) is { } grossText ? ImportValues.Money(grossText, "Gross price", errors) : null;
        var rate = vat ?? Vat.StandardRate;
        // A price set net gets its gross from the one VAT rule; a price set gross keeps the gross the
        // customer sees and gets its net back from it (Vat.NetOf), since about one gross price in four
        // (12,99 at 23%) cannot come out of any net price. Both given must agree one way or the other.
        if (net is { } givenNet && gross is { } givenGross)
        {
            var expected = Vat.GrossOf(new Money(givenNet, "PLN"), rate).MinorUnits;
            if (expected != givenGross && Vat.NetOf(new Money(givenGross, "PLN"), rate).MinorUnits != givenNet)
            {
                errors.Add($"Gross price {CsvWriter.Amount(givenGross)} does not match net price {CsvWriter.Amount(givenNet)} at {rate}% VAT (that gives {CsvWriter.Amount(expected)})");
            }
        }
        else if (net is null && gross is { } onlyGross)
        {
            net = Vat.NetOf(new Money(onlyGross, "PLN"), rate).MinorUnits;
        }

        var purchase = Cell(ImportFields.PurchasePrice) is { } purchaseText ? ImportValues.Money(purchaseText, "Purchase price", errors) : null;
        var weight = Cell(ImportFields.Weight) is { } weightText ? ImportValues.WholeNumber(weightText, "Weight (g)", 1_000_000, errors) : null;
        var minimum = Cell(ImportFields.MinimumStock) is { } minimumText ? ImportValues.WholeNumber(minimumText, "Minimum stock", 1_000_000, errors) : null;
        var status = Cell(ImportFields.Status) is { } statusText ? ImportValues.Status(statusText, errors) : null;
        var description = Cell(ImportFields.Description);
        if (description?.Length > 20_000)
        {
            errors.Add("Description is longer than 20,000 characters");
        }

        if (!exists && sku is not null)
        {
            if (name is null)
            {
                errors.Add("a new model needs a name");
            }

            if (!map.ContainsKey(ImportFields.Category) || Cell(ImportFields.Category) is null)
            {
                errors.Add("a new model needs a category");
            }

            if (net is null && gross is null && !errors.Any(e => e.Contains("price", StringComparison.Ordinal)))
            {
                errors.Add("a new model needs a net or gross price");
            }
        }

        return errors.Count > 0 ? null : new ModelImportRow(record.Line, sku!, name, ean, brandId, categoryId, net, gross, vat, purchase, weight, description, minimum, status);
    }

    public static PriceListImportRow? PriceList(CsvRecord record, IReadOnlyDictionary<string, int> map, List<string> errors)
    {
        string? Cell(string field) => map.TryGetValue(field, out var column) && record[column].Trim() is { Length: > 0 } value ? value : null;

        var code = Cell(ImportFields.SupplierCode);
        if (code is null)
        {
            errors.Add("Supplier code is empty");
        }
        else if (code.Length > 64)
        {
            errors.Add("Supplier code is longer than 64 characters");
        }

        var name = Cell(ImportFields.Name);
        if (name is null)
        {
            errors.Add("Name is empty");
        }
        else if (name.Length > 300)
        {
            errors.Add("Name is longer than 300 characters");
        }

        var ean = Cell(ImportFields.Ean) is { } eanText ? ImportValues.Ean(eanText, errors) : null;
        var brand = Cell(ImportFields.Brand);
        if (brand?.Length > 100)
        {
            errors.Add("Brand is longer than 100 characters");
        }

        long? purchase = null;
        if (Cell(ImportFields.PurchasePrice) is { } purchaseText)
        {
            purchase = ImportValues.Money(purchaseText, "Purchase price", errors);
        }
        else
        {
            errors.Add("Purchase price is empty");
        }

        var suggested = Cell(ImportFields.SuggestedNetPrice) is { } suggestedText ? ImportValues.Money(suggestedText, "Suggested net price", errors) : null;
        var weight = Cell(ImportFields.Weight) is { } weightText ? ImportValues.WholeNumber(weightText, "Weight (g)", 1_000_000, errors) : null;
        var description = Cell(ImportFields.Description);
        if (description?.Length > 20_000)
        {
            errors.Add("Description is longer than 20,000 characters");
        }

        return errors.Count > 0 ? null : new PriceListImportRow(record.Line, code!, name!, ean, brand, purchase!.Value, suggested, weight, description);
    }
}
