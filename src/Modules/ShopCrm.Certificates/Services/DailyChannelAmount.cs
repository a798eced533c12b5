using ShopCrm.Certificates.Contracts;
using ShopCrm.Certificates.Domain;
using ShopCrm.Core.Money;

namespace ShopCrm.Certificates.Services;

// Day is the shop's local day.
public sealed record DailyChannelAmount(DateOnly Day, SalesChannel Channel, string Currency, long AmountMinor)
{
    public Money Amount => new(AmountMinor, Currency);
}
