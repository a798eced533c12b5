using Microsoft.EntityFrameworkCore;
using ShopCrm.Catalog.Domain;
using ShopCrm.Core.Data;
using ShopCrm.Core.Results;

namespace ShopCrm.Catalog.Services.Products;

// What a card must satisfy before it is saved; each refusal names the field the editor shows it next to.
internal static class ProductInputValidator
{
    public static async Task<Dictionary<string, string>> ValidateAsync(ShopDbContext db, ProductInput card, int? productId, CancellationToken ct)
    {
        var errors = new Dictionary<string, string>();
        if (card.Name.Length == 0)
        {
            errors.TryAdd(nameof(card.Name), "Give the model a name.");
        }
        else if (card.Name.Length > 300)
        {
            errors.TryAdd(nameof(card.Name), "The name can have at most 300 characters.");
        }

        if (card.Sku.Length == 0)
        {
            errors.TryAdd(nameof(card.Sku), "Give the model a SKU (the shop's own code).");
        }
        else if (card.Sku.Length > 64)
        {
            errors.TryAdd(nameof(card.Sku), "The SKU can have at most 64 characters.");
        }
        else if (await db.Set<Product>().AnyAsync(p => p.Sku == card.Sku && p.Id != productId, ct))
        {
            errors.TryAdd(nameof(card.Sku), SkuTakenMessage(card.Sku));
        }

        if (card.Ean is { } ean && !EanCheck.IsValid(ean))
        {
            errors.TryAdd(nameof(card.Ean), "This is not a valid EAN: it has 8, 12, 13 or 14 digits and the last one must match the check digit. Check it for typos or leave it empty.");
        }

        if (card.CategoryId == 0 || !await db.Set<Category>().AnyAsync(c => c.Id == card.CategoryId, ct))
        {
            errors.TryAdd(nameof(card.CategoryId), "Choose the category the model belongs to.");
        }

        if (card.NetPriceMinor < 0)
        {
            errors.TryAdd(nameof(card.NetPriceMinor), "The net price cannot be negative.");
        }

        if (card.PurchasePriceMinor < 0)
        {
            errors.TryAdd(nameof(card.PurchasePriceMinor), "The purchase price cannot be negative.");
        }

        if (!ProductService.VatRates.Contains(card.VatRatePercent))
        {
            errors.TryAdd(nameof(card.VatRatePercent), "Choose one of the Polish VAT rates: 23%, 8%, 5% or 0%.");
        }

        if (card.WeightGrams < 0)
        {
            errors.TryAdd(nameof(card.WeightGrams), "The weight cannot be negative.");
        }

        if (card.MinimumStock < 0)
        {
            errors.TryAdd(nameof(card.MinimumStock), "The minimum stock cannot be negative.");
        }

        if (card.Description?.Length > 20_000)
        {
            errors.TryAdd(nameof(card.Description), "The description can have at most 20,000 characters.");
        }

        if (card.VideoLinks is { } videos && videos.Split('\n').Any(v => !Uri.TryCreate(v, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
        {
            errors.TryAdd(nameof(card.VideoLinks), "Put one web address (https://...) per line.");
        }

        ValidateSuppliers(card, errors);
        if (card.Links.Any(l => l.LinkedProductId == productId))
        {
            errors.TryAdd(nameof(card.Links), "A model cannot be linked to itself.");
        }

        foreach (var supplier in card.Suppliers.Where(s => s.SupplierCode.Length > 0))
        {
            var other = await db.Set<SupplierProduct>()
                .Where(s => s.SupplierId == supplier.SupplierId && s.SupplierCode == supplier.SupplierCode && s.ProductId != productId)
                .Select(s => db.Set<Product>().Where(p => p.Id == s.ProductId).Select(p => p.Sku).FirstOrDefault())
                .FirstOrDefaultAsync(ct);
            if (other is not null)
            {
                errors.TryAdd(nameof(card.Suppliers), $"This supplier's code {supplier.SupplierCode} already belongs to the model {other}.");
            }
        }

        return errors;
    }

    private static void ValidateSuppliers(ProductInput card, Dictionary<string, string> errors)
    {
        const string field = nameof(card.Suppliers);
        if (card.Suppliers.Count == 0)
        {
            return;
        }

        if (card.Suppliers.Any(s => s.SupplierCode.Length == 0))
        {
            errors.TryAdd(field, "Enter the supplier's code for every supplier.");
        }

        if (card.Suppliers.Any(s => s.SupplierCode.Length > 64))
        {
            errors.TryAdd(field, "A supplier's code can have at most 64 characters.");
        }

        if (card.Suppliers.Any(s => s.PurchasePriceMinor < 0))
        {
            errors.TryAdd(field, "A purchase price cannot be negative.");
        }

        if (card.Suppliers.GroupBy(s => s.SupplierId).Any(g => g.Count() > 1))
        {
            errors.TryAdd(field, "Each supplier can be listed once.");
        }

        if (card.Suppliers.Count(s => s.IsLeading) != 1)
        {
            errors.TryAdd(field, "Mark exactly one supplier as the leading one (the one restock orders go to).");
        }
    }

    public static Error SkuTaken(string sku) => Error.Invalid(nameof(ProductInput.Sku), SkuTakenMessage(sku));

    private static string SkuTakenMessage(string sku) => $"Another model already has the SKU {sku}. SKUs must be unique.";
}
