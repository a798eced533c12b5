namespace ShopCrm.Catalog.Services.Products;

internal static class EanCheck
{
    // GTIN-8, UPC-A (12), EAN-13 and GTIN-14: the last digit is the weighted sum check digit.
    public static bool IsValid(string ean)
    {
        if (ean.Length is not (8 or 12 or 13 or 14) || !ean.All(char.IsAsciiDigit))
        {
            return false;
        }

        var sum = 0;
        for (var i = ean.Length - 2; i >= 0; i--)
        {
            var weight = (ean.Length - 2 - i) % 2 == 0 ? 3 : 1;
            sum += (ean[i] - '0') * weight;
        }

        return (10 - (sum % 10)) % 10 == ean[^1] - '0';
    }
}
