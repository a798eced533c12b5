using ShopCrm.Clients.Contracts;
using ShopCrm.Clients.Domain;

namespace ShopCrm.Clients.Services;

// What the client's order facts add up to; the cached columns on Client hold exactly this. First and
// last order are the placing dates of completed orders: an order that never arrived is not a purchase.
public sealed record ClientStatistics(
    int CompletedOrders,
    long TotalSpentMinor,
    long AverageCheckMinor,
    DateTime? FirstOrderAt,
    DateTime? LastOrderAt,
    int RefusedParcels)
{
    public static ClientStatistics From(IEnumerable<ClientOrderFact> facts)
    {
        var completed = 0;
        var total = 0L;
        DateTime? first = null;
        DateTime? last = null;
        var refused = 0;
        foreach (var fact in facts)
        {
            if (fact.Outcome == ClientOrderOutcome.Completed)
            {
                completed++;
                total += fact.TotalMinor;
                first = first is null || fact.PlacedAt < first ? fact.PlacedAt : first;
                last = last is null || fact.PlacedAt > last ? fact.PlacedAt : last;
            }
            else if (fact.CashOnDelivery && fact.Outcome is ClientOrderOutcome.Refused or ClientOrderOutcome.Returned)
            {
                refused++;
            }
        }

        return new ClientStatistics(completed, total, AverageOf(total, completed), first, last, refused);
    }

    // Rounded half away from zero, like every amount in the shop.
    public static long AverageOf(long total, int count) =>
        count == 0 ? 0 : (long)Math.Round((decimal)total / count, MidpointRounding.AwayFromZero);

    public bool IsVip(ClientCategoryRules rules) =>
        TotalSpentMinor >= rules.VipTotalMinor || CompletedOrders >= rules.VipCompletedOrders;

    public bool IsLost(ClientCategoryRules rules, DateTime now) =>
        CompletedOrders > 0 && LastOrderAt < now.AddDays(-rules.LostAfterDays);

    public bool IsLousy(ClientCategoryRules rules) => RefusedParcels >= rules.LousyRefusedParcels;
}
