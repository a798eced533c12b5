using System.Globalization;
using ShopCrm.Core.Money;
using M = ShopCrm.Core.Money.Money;

namespace ShopCrm.Tests.Core.Money;

public sealed class MoneyTests
{
    [Fact]
    public void Amounts_are_kept_in_minor_units_and_round_half_away_from_zero()
    {
        Assert.Equal(1235, M.FromDecimal(12.345m, "PLN").MinorUnits);
        Assert.Equal(-1235, M.FromDecimal(-12.345m, "PLN").MinorUnits);
        Assert.Equal(12.34m, new M(1234, "PLN").ToDecimal());
    }

    [Fact]
    public void Adding_different_currencies_is_refused()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new M(100, "PLN") + new M(100, "EUR"));
        Assert.Contains("PLN", error.Message);
    }

    [Fact]
    public void Line_amounts_multiply_by_quantity_and_compare()
    {
        var line = new M(1999, "PLN") * 3;

        Assert.Equal(new M(5997, "PLN"), line);
        Assert.True(line > new M(5996, "PLN"));
        Assert.Equal("59.97 PLN", line.ToString());
        Assert.Equal("59,97 PLN", line.Format(CultureInfo.GetCultureInfo("pl-PL")));
    }

    [Theory]
    [InlineData(10000, 23, 2300, 12300)]
    [InlineData(1, 23, 0, 1)] // 0.23 grosz rounds down
    [InlineData(3, 23, 1, 4)] // 0.69 grosz rounds up
    [InlineData(50, 5, 3, 53)] // 2.5 grosz: half away from zero
    [InlineData(4065, 8, 325, 4390)]
    public void Vat_is_computed_per_line_and_rounded_half_away_from_zero(long net, int rate, long vat, long gross)
    {
        var netAmount = new M(net, "PLN");

        Assert.Equal(vat, Vat.VatOf(netAmount, rate).MinorUnits);
        Assert.Equal(gross, Vat.GrossOf(netAmount, rate).MinorUnits);
    }

    [Fact]
    public void Net_from_a_gross_shelf_price_plus_its_vat_gives_the_same_gross()
    {
        var gross = new M(12999, "PLN");

        var net = Vat.NetOf(gross, 23);

        Assert.Equal(10568, net.MinorUnits);
        Assert.Equal(gross - net, new M(2431, "PLN"));
    }
}
