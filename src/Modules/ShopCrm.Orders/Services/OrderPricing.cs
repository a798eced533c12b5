using ShopCrm.Core.Money;

namespace ShopCrm.Orders.Services;

// The one place order amounts are computed. Discounts are net amounts, as an invoice shows them: a line
// discount comes off its line, the order discount is spread over the lines in proportion to their net
// (largest remainder) so that VAT per rate stays exact. VAT is then taken per line by the
// Core rule. A gift card is a way of paying, not a discount: it lowers what is payable, not the VAT.
public sealed class OrderPricing(IOrderDiscounts discounts)
{
    public async Task<(PricedOrder Priced, OrderDiscountOffer Offer)> PriceAsync(
        OrderDiscountContext context, IReadOnlyList<long> manualLineDiscounts, long manualOrderDiscountMinor, long certificateAmountMinor, CancellationToken ct = default)
    {
        var offer = await discounts.OfferAsync(context, ct);
        var lines = context.Lines
            .Select((l, i) => new PricingLine(l.UnitNetMinor, l.VatRatePercent, l.Quantity, manualLineDiscounts[i] + offer.LineDiscounts.GetValueOrDefault(i)))
            .ToList();
        return (Calculate(lines, manualOrderDiscountMinor + offer.OrderDiscountMinor, certificateAmountMinor, "PLN"), offer);
    }

    public static PricedOrder Calculate(IReadOnlyList<PricingLine> lines, long orderDiscountMinor, long certificateAmountMinor, string currency)
    {
        var afterLineDiscounts = lines.Select(l => Math.Max(0, checked(l.UnitNetMinor * l.Quantity) - l.LineDiscountMinor)).ToList();
        var subtotal = afterLineDiscounts.Sum();
        var orderDiscount = Math.Clamp(orderDiscountMinor, 0, subtotal);
        var shares = Spread(orderDiscount, afterLineDiscounts);

        var priced = lines.Select((l, i) =>
        {
            var net = new Money(afterLineDiscounts[i] - shares[i], currency);
            var vat = Vat.VatOf(net, l.VatRatePercent);
            var unitGross = Vat.GrossOf(new Money(l.UnitNetMinor, currency), l.VatRatePercent).MinorUnits;
            return new PricedLine(unitGross, Math.Min(l.LineDiscountMinor, checked(l.UnitNetMinor * l.Quantity)), shares[i], net.MinorUnits, vat.MinorUnits, net.MinorUnits + vat.MinorUnits);
        }).ToList();

        var byRate = lines.Zip(priced)
            .GroupBy(p => p.First.VatRatePercent)
            .OrderByDescending(g => g.Key)
            .Select(g => new VatRateTotal(g.Key, g.Sum(p => p.Second.NetMinor), g.Sum(p => p.Second.VatMinor), g.Sum(p => p.Second.GrossMinor)))
            .ToList();
        var gross = priced.Sum(p => p.GrossMinor);
        var certificate = Math.Clamp(certificateAmountMinor, 0, gross);
        return new PricedOrder(priced, byRate, priced.Sum(p => p.NetMinor), priced.Sum(p => p.VatMinor), gross, orderDiscount, certificate, gross - certificate);
    }

    private static long[] Spread(long amount, IReadOnlyList<long> weights)
    {
        var shares = new long[weights.Count];
        var total = weights.Sum();
        if (amount == 0 || total == 0)
        {
            return shares;
        }

        var exact = weights.Select(w => (decimal)amount * w / total).ToArray();
        for (var i = 0; i < weights.Count; i++)
        {
            shares[i] = (long)Math.Floor(exact[i]);
        }

        // Largest remainder: each leftover grosz goes to a different line, so no line takes more than its net.
        var leftover = amount - shares.Sum();
        foreach (var i in Enumerable.Range(0, weights.Count).OrderByDescending(i => exact[i] - shares[i]).ThenByDescending(i => weights[i]).Take((int)leftover))
        {
            shares[i]++;
        }

        return shares;
    }
}
