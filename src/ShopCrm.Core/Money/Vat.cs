namespace ShopCrm.Core.Money;

// The one VAT rounding rule of ShopCrm: VAT is computed per line from the line's net amount and rounded
// half away from zero to the minor unit; document totals are sums of the rounded line figures, so that
// an invoice's lines always add up to its totals (the Polish "per line" method, art. 106e).
public static class Vat
{
    public static Money VatOf(Money net, decimal ratePercent) =>
        new((long)Math.Round(net.MinorUnits * ratePercent / 100m, MidpointRounding.AwayFromZero), net.Currency);

    public static Money GrossOf(Money net, decimal ratePercent) => net + VatOf(net, ratePercent);

    // Net back from a gross price (shelf prices are often set gross); the VAT is then gross minus net,
    // so net + VAT always equals the gross the customer saw.
    public static Money NetOf(Money gross, decimal ratePercent) =>
        new((long)Math.Round(gross.MinorUnits * 100m / (100m + ratePercent), MidpointRounding.AwayFromZero), gross.Currency);
}
