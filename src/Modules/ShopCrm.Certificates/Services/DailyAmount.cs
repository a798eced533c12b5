using ShopCrm.Core.Money;

namespace ShopCrm.Certificates.Services;

// Day is the shop's local day.
public sealed record DailyAmount(DateOnly Day, string Currency, long AmountMinor)
{
    public Money Amount => new(AmountMinor, Currency);
}
