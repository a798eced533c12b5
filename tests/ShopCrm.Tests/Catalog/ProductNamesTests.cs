using ShopCrm.Catalog.Contracts;
using ShopCrm.Catalog.Services;
using ShopCrm.Catalog.Services.Products;

namespace ShopCrm.Tests.Catalog;

public sealed class ProductNamesTests
{
    [Theory]
    [InlineData("Wędka  Spinningowa-XL 2,70m", "wedka spinningowa xl 2 70m")]
    [InlineData("Kołowrotek ŁOWCA Żółć", "kolowrotek lowca zolc")]
    [InlineData("  Żyłka \"Fluoro\" (0.25 mm)!  ", "zylka fluoro 0 25 mm")]
    [InlineData("Haczyki Ørsted Straße", "haczyki orsted strasse")]
    [InlineData("", "")]
    public void Names_normalize_to_lower_case_plain_letters_and_single_spaces(string name, string expected) =>
        Assert.Equal(expected, ProductNames.Normalize(name));

    [Theory]
    [InlineData("5901234123457", true)]
    [InlineData("5901234123450", false)]
    [InlineData("96385074", true)]
    [InlineData("036000291452", true)]
    [InlineData("590123412345X", false)]
    [InlineData("12345", false)]
    public void Ean_check_digits_are_verified(string ean, bool valid) =>
        Assert.Equal(valid, EanCheck.IsValid(ean));
}
