using System.Globalization;
using ShopCrm.Catalog.Contracts;
using ShopCrm.Catalog.Domain;
using ShopCrm.Core.Money;

namespace ShopCrm.Catalog.Services;

// Reading cell values the way Polish spreadsheets write them: "1 234,56 zł", "23%", "aktywny".
// Each parser returns null and an error message in words a shop owner understands.
internal static class ImportValues
{

    public static long? Money(string text, string label, List<string> errors)
    {
        var cleaned = new string(text.Where(c => !char.IsWhiteSpace(c)).ToArray());
        foreach (var suffix in new[] { "zł", "zl", "PLN", "pln" })
        {
            if (cleaned.EndsWith(suffix, StringComparison.Ordinal))
            {
                cleaned = cleaned[..^suffix.Length];
            }
        }

        // With both marks the last one is the decimal separator ("1.234,56" or "1,234.56"); alone, either is.
        var comma = cleaned.LastIndexOf(',');
        var point = cleaned.LastIndexOf('.');
        var decimalMark = Math.Max(comma, point);
        if (comma >= 0 && point >= 0)
        {
            var grouping = decimalMark == comma ? '.' : ',';
            cleaned = cleaned.Replace(grouping.ToString(), "", StringComparison.Ordinal);
        }

        cleaned = cleaned.Replace(',', '.');
        if (!decimal.TryParse(cleaned, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount))
        {
            errors.Add($"{label} \"{text}\" is not an amount");
            return null;
        }

        if (decimal.Round(amount, 2) != amount)
        {
            errors.Add($"{label} \"{text}\" has more than 2 decimal places");
            return null;
        }

        if (amount > 10_000_000m)
        {
            errors.Add($"{label} \"{text}\" is too large");
            return null;
        }

        return (long)(amount * 100m);
    }

    public static int? WholeNumber(string text, string label, int max, List<string> errors)
    {
        var cleaned = new string(text.Where(c => !char.IsWhiteSpace(c)).ToArray());
        if (int.TryParse(cleaned, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value <= max)
        {
            return value;
        }

        errors.Add($"{label} \"{text}\" is not a whole number from 0 to {max:N0}");
        return null;
    }

    public static int? VatRate(string text, List<string> errors)
    {
        var cleaned = text.Replace("%", "", StringComparison.Ordinal).Trim();
        if (int.TryParse(cleaned, NumberStyles.None, CultureInfo.InvariantCulture, out var rate) && Vat.Rates.Contains(rate))
        {
            return rate;
        }

        errors.Add($"VAT rate \"{text}\" is not one of {string.Join(", ", Vat.Rates)}");
        return null;
    }

    public static ProductStatus? Status(string text, List<string> errors)
    {
        switch (ProductNames.Normalize(text))
        {
            case "draft" or "szkic" or "roboczy":
                return ProductStatus.Draft;
            case "active" or "aktywny" or "aktywna" or "opublikowany":
                return ProductStatus.Active;
            case "archived" or "archiwalny" or "archiwum" or "wycofany":
                return ProductStatus.Archived;
            default:
                errors.Add($"Status \"{text}\" is not Draft, Active or Archived");
                return null;
        }
    }

    public static string? Ean(string text, List<string> errors)
    {
        var digits = text.Trim();
        if (digits.Length is not (8 or 12 or 13 or 14) || !digits.All(char.IsAsciiDigit))
        {
            errors.Add($"EAN \"{text}\" must have 8, 12, 13 or 14 digits");
            return null;
        }

        if (!HasValidCheckDigit(digits))
        {
            errors.Add($"EAN \"{text}\" has a wrong check digit");
            return null;
        }

        return digits;
    }

    // GS1 mod 10: from the right, digits before the check digit are weighted 3, 1, 3, ...
    public static bool HasValidCheckDigit(string digits)
    {
        var sum = 0;
        for (var i = digits.Length - 2; i >= 0; i--)
        {
            var weight = (digits.Length - 2 - i) % 2 == 0 ? 3 : 1;
            sum += (digits[i] - '0') * weight;
        }

        return (10 - (sum % 10)) % 10 == digits[^1] - '0';
    }
}
