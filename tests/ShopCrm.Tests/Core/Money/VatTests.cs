using ShopCrm.Core.Money;
using M = ShopCrm.Core.Money.Money;

namespace ShopCrm.Tests.Core.Money;

public sealed class VatTests
{
    [Theory]
    [InlineData(1499, 2, 2998, 561, 2437)] // 2 x 14.99 on the shelf is 29.98, not 29.99
    [InlineData(1999, 3, 5997, 1121, 4876)] // 3 x 19.99 on the shelf is 59.97, not 59.96
    [InlineData(12300, 1, 12300, 2300, 10000)]
    public void A_shelf_price_is_what_is_paid_and_the_vat_comes_out_of_the_line_gross(long unitGross, int quantity, long gross, long vat, long net)
    {
        var line = Vat.Split(new M(unitGross, "PLN") * quantity, 23, PriceBasis.Gross);

        Assert.Equal((gross, vat, net), (line.Gross.MinorUnits, line.Vat.MinorUnits, line.Net.MinorUnits));
    }

    [Theory]
    [InlineData(1219, 2, 2438, 561, 2999)] // the net of 14.99 doubled: 29.99
    [InlineData(1625, 3, 4875, 1121, 5996)] // the net of 19.99 tripled: 59.96
    public void A_price_agreed_net_is_multiplied_net_and_the_vat_added_to_it(long unitNet, int quantity, long net, long vat, long gross)
    {
        var line = Vat.Split(new M(unitNet, "PLN") * quantity, 23, PriceBasis.Net);

        Assert.Equal((net, vat, gross), (line.Net.MinorUnits, line.Vat.MinorUnits, line.Gross.MinorUnits));
    }

    [Theory]
    [InlineData(3, 100, 2)] // 1.5 grosz: half away from zero
    [InlineData(-3, 100, -2)]
    [InlineData(1, 23, 0)] // 0.19 grosz rounds down
    [InlineData(5, 23, 1)] // 0.93 grosz rounds up
    public void Vat_from_the_gross_rounds_half_away_from_zero_and_net_is_the_rest(long gross, int rate, long vat)
    {
        var line = Vat.Split(new M(gross, "PLN"), rate, PriceBasis.Gross);

        Assert.Equal(vat, line.Vat.MinorUnits);
        Assert.Equal(gross - vat, line.Net.MinorUnits);
        Assert.Equal(gross, (line.Net + line.Vat).MinorUnits);
    }

    [Fact]
    public void The_net_of_a_shelf_price_is_the_net_of_the_gross_basis()
    {
        var shelf = new M(1499, "PLN");

        Assert.Equal(Vat.Split(shelf, 23, PriceBasis.Gross).Net, Vat.NetOf(shelf, 23));
        Assert.Equal(shelf, Vat.GrossOf(Vat.NetOf(shelf, 23), 23));
    }
}
