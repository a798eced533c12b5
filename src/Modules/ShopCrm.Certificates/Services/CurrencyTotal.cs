using ShopCrm.Core.Money;

namespace ShopCrm.Certificates.Services;

// A count of cards or ledger rows and their amount, in one currency (amounts of different currencies are never added).
public sealed record CurrencyTotal(string Currency, int Count, long AmountMinor)
{
    public Money Amount => new(AmountMinor, Currency);
}
