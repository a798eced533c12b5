namespace ShopCrm.Core.Money;

// The one VAT rounding rule of ShopCrm. VAT is computed per line and rounded half away from zero to the
// minor unit; document totals are sums of the rounded line figures, so that an invoice's lines always add
// up to its totals (the Polish "per line" method, art. 106e). Which figure of the line it is computed from
// is the order's PriceBasis:
// - from the net (a price agreed net): VAT = net x rate / 100, gross = net + VAT;
// - from the gross (the shelf price is the price paid): VAT = gross x rate / (100 + rate), net = gross - VAT,
//   so 2 x 14.99 gross costs 29.98, not the 29.99 that doubling the net and adding VAT would give.
public static class Vat
{
    // The Polish rates a model may carry; a new card starts at the standard one.
    public static readonly IReadOnlyList<int> Rates = [StandardRate, 8, 5, 0];

    public const int StandardRate = 23;

    public static VatSplit Split(Money amount, decimal ratePercent, PriceBasis basis)
    {
        if (basis == PriceBasis.Gross)
        {
            var vatOfGross = VatOfGross(amount, ratePercent);
            return new VatSplit(amount - vatOfGross, vatOfGross, amount);
        }

        var vat = VatOf(amount, ratePercent);
        return new VatSplit(amount, vat, amount + vat);
    }

    public static Money VatOf(Money net, decimal ratePercent) =>
        new((long)Math.Round(net.MinorUnits * ratePercent / 100m, MidpointRounding.AwayFromZero), net.Currency);

    public static Money VatOfGross(Money gross, decimal ratePercent) =>
        new((long)Math.Round(gross.MinorUnits * ratePercent / (100m + ratePercent), MidpointRounding.AwayFromZero), gross.Currency);

    public static Money GrossOf(Money net, decimal ratePercent) => Split(net, ratePercent, PriceBasis.Net).Gross;

    // Net back from a gross price (shelf prices are often set gross); the VAT is then the VAT of the gross,
    // so net + VAT always equals the gross the customer saw.
    public static Money NetOf(Money gross, decimal ratePercent) => Split(gross, ratePercent, PriceBasis.Gross).Net;
}
