using ShopCrm.Core.Money;
using ShopCrm.Orders.Contracts;
using ShopCrm.Orders.Services;

namespace ShopCrm.Tests.Orders;

public sealed class OrderPricingTests
{
    [Fact]
    public void Vat_is_taken_per_line_and_the_totals_are_sums_of_the_lines()
    {
        var priced = OrderPricing.Calculate(
            [new PricingLine(333, 23, 3, 0), new PricingLine(1001, 8, 1, 0), new PricingLine(4065, 23, 1, 0)], PriceBasis.Net, 0, 0, "PLN");

        Assert.Equal((999L, 230L, 1229L), (priced.Lines[0].NetMinor, priced.Lines[0].VatMinor, priced.Lines[0].GrossMinor));
        Assert.Equal(80L, priced.Lines[1].VatMinor);
        Assert.Equal(935L, priced.Lines[2].VatMinor);
        Assert.Equal((6065L, 1245L, 7310L), (priced.NetMinor, priced.VatMinor, priced.GrossMinor));
        Assert.Equal([23, 8], priced.ByRate.Select(r => r.RatePercent));
        Assert.Equal((5064L, 1165L, 6229L), (priced.ByRate[0].NetMinor, priced.ByRate[0].VatMinor, priced.ByRate[0].GrossMinor));
    }

    [Fact]
    public void The_order_discount_is_spread_over_the_lines_by_their_net_and_never_exceeds_a_line()
    {
        var priced = OrderPricing.Calculate(
            [new PricingLine(10000, 23, 1, 0), new PricingLine(5000, 8, 2, 1000), new PricingLine(1, 23, 1, 0)], PriceBasis.Net, 1000, 0, "PLN");

        Assert.Equal([526L, 474L, 0L], priced.Lines.Select(l => l.OrderDiscountShareMinor));
        Assert.Equal(1000L, priced.Lines[1].LineDiscountMinor);
        Assert.Equal([9474L, 8526L, 1L], priced.Lines.Select(l => l.NetMinor));
        Assert.Equal(18001L, priced.NetMinor);
        Assert.Equal(1000L, priced.OrderDiscountMinor);

        var tiny = OrderPricing.Calculate([new PricingLine(1, 23, 1, 0), new PricingLine(1, 23, 1, 0), new PricingLine(1, 23, 1, 0)], PriceBasis.Net, 2, 0, "PLN");
        Assert.All(tiny.Lines, l => Assert.True(l.NetMinor >= 0));
        Assert.Equal(1L, tiny.NetMinor);
    }

    [Fact]
    public void An_order_priced_at_the_shelf_multiplies_the_unit_gross_and_takes_the_vat_from_the_line_gross()
    {
        var shelf = OrderPricing.Calculate([new PricingLine(1219, 23, 2, 0, 1499), new PricingLine(1625, 23, 3, 0, 1999)], PriceBasis.Gross, 0, 0, "PLN");
        var net = OrderPricing.Calculate([new PricingLine(1219, 23, 2, 0, 1499), new PricingLine(1625, 23, 3, 0, 1999)], PriceBasis.Net, 0, 0, "PLN");

        Assert.Equal([2998L, 5997L], shelf.Lines.Select(l => l.GrossMinor));
        Assert.Equal([561L, 1121L], shelf.Lines.Select(l => l.VatMinor));
        Assert.Equal([1499L, 1999L], shelf.Lines.Select(l => l.UnitGrossMinor));
        Assert.Equal((7313L, 1682L, 8995L), (shelf.NetMinor, shelf.VatMinor, shelf.GrossMinor));
        Assert.Equal([2999L, 5996L], net.Lines.Select(l => l.GrossMinor));
    }

    [Fact]
    public void Discounts_of_an_order_priced_at_the_shelf_are_gross_and_come_off_the_gross_before_the_vat()
    {
        var priced = OrderPricing.Calculate([new PricingLine(1219, 23, 2, 100, 1499), new PricingLine(1625, 23, 3, 0, 1999)], PriceBasis.Gross, 1000, 0, "PLN");

        Assert.Equal([2898L - 326L, 5997L - 674L], priced.Lines.Select(l => l.GrossMinor));
        Assert.Equal(1000L, priced.Lines.Sum(l => l.OrderDiscountShareMinor));
        Assert.All(priced.Lines, l => Assert.Equal(l.GrossMinor, l.NetMinor + l.VatMinor));
        Assert.Equal(2898L + 5997L - 1000L, priced.GrossMinor);
    }

    [Fact]
    public void A_gift_card_lowers_what_is_payable_but_not_the_vat()
    {
        var priced = OrderPricing.Calculate([new PricingLine(10000, 23, 1, 0)], PriceBasis.Net, 0, 5000, "PLN");
        var more = OrderPricing.Calculate([new PricingLine(10000, 23, 1, 0)], PriceBasis.Net, 0, 50000, "PLN");

        Assert.Equal((2300L, 12300L, 5000L, 7300L), (priced.VatMinor, priced.GrossMinor, priced.CertificateAmountMinor, priced.PayableMinor));
        Assert.Equal((12300L, 0L), (more.CertificateAmountMinor, more.PayableMinor));
    }

    [Fact]
    public async Task Promotions_offered_through_the_discount_interface_add_to_the_manual_ones()
    {
        var pricing = new OrderPricing(new TenPercentOffFirstLine());
        var context = new OrderDiscountContext(null, OrderChannel.Site, [new OrderDiscountContextLine(1, 2, 5000, 23), new OrderDiscountContextLine(2, 1, 2000, 23)]);

        var (priced, offer) = await pricing.PriceAsync(context, [500, 0], 0, 0);

        Assert.Equal("10% off the first line", offer.Description);
        Assert.Equal([1500L, 0L], priced.Lines.Select(l => l.LineDiscountMinor));
        Assert.Equal(10500L, priced.NetMinor);
    }

    private sealed class TenPercentOffFirstLine : IOrderDiscounts
    {
        public Task<OrderDiscountOffer> OfferAsync(OrderDiscountContext context, CancellationToken ct = default) =>
            Task.FromResult(new OrderDiscountOffer(
                new Dictionary<int, long> { [0] = context.Lines[0].UnitNetMinor * context.Lines[0].Quantity / 10 }, 0, "10% off the first line"));
    }
}
