using ShopCrm.Core.Money;
using ShopCrm.Orders.Contracts;

namespace ShopCrm.Orders.Services;

// The one place order amounts are computed. A line's amount is its unit price x quantity in the order's
// price basis: the unit gross for an order priced at the shelf, the unit net for one agreed net. Discounts
// are amounts in that basis: a line discount comes off its line, the order discount is spread over the lines
// in proportion to their amounts (largest remainder) so that VAT per rate stays exact. The VAT rule (Vat)
// then takes each line apart from the gross or from the net. A gift card is a way of paying, not a
// discount: it lowers what is payable, not the VAT.
public sealed class OrderPricing(IOrderDiscounts discounts)
{
    public async Task<(PricedOrder Priced, OrderDiscountOffer Offer)> PriceAsync(
        OrderDiscountContext context, IReadOnlyList<long> manualLineDiscounts, long manualOrderDiscountMinor, long certificateAmountMinor, CancellationToken ct = default)
    {
        var offer = await discounts.OfferAsync(context, ct);
        var lines = context.Lines
            .Select((l, i) => new PricingLine(l.UnitNetMinor, l.VatRatePercent, l.Quantity, manualLineDiscounts[i] + offer.LineDiscounts.GetValueOrDefault(i), l.UnitGrossMinor))
            .ToList();
        return (Calculate(lines, context.Basis, manualOrderDiscountMinor + offer.OrderDiscountMinor, certificateAmountMinor, "PLN"), offer);
    }

    public static PricedOrder Calculate(IReadOnlyList<PricingLine> lines, PriceBasis basis, long orderDiscountMinor, long certificateAmountMinor, string currency)
    {
        var amounts = lines.Select(l => checked(UnitPrice(l, basis, currency) * l.Quantity)).ToList();
        var afterLineDiscounts = lines.Select((l, i) => Math.Max(0, amounts[i] - l.LineDiscountMinor)).ToList();
        var subtotal = afterLineDiscounts.Sum();
        var orderDiscount = Math.Clamp(orderDiscountMinor, 0, subtotal);
        var shares = Spread(orderDiscount, afterLineDiscounts);

        var priced = lines.Select((l, i) =>
        {
            var split = Vat.Split(new Money(afterLineDiscounts[i] - shares[i], currency), l.VatRatePercent, basis);
            var unitGross = basis == PriceBasis.Gross ? UnitPrice(l, basis, currency) : Vat.GrossOf(new Money(l.UnitNetMinor, currency), l.VatRatePercent).MinorUnits;
            return new PricedLine(unitGross, Math.Min(l.LineDiscountMinor, amounts[i]), shares[i], split.Net.MinorUnits, split.Vat.MinorUnits, split.Gross.MinorUnits);
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

    // The price of one unit in the order's basis, from which a line's amount is multiplied.
    public static long UnitPrice(PricingLine line, PriceBasis basis, string currency) => basis == PriceBasis.Gross
        ? line.UnitGrossMinor ?? Vat.GrossOf(new Money(line.UnitNetMinor, currency), line.VatRatePercent).MinorUnits
        : line.UnitNetMinor;

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
