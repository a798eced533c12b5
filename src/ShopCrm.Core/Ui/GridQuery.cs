using Microsoft.EntityFrameworkCore;
using Radzen;

namespace ShopCrm.Core.Ui;

// One page of a server-side grid: filter, count, sort and page all run in SQL.
public static class GridQuery
{
    public const int PageSize = 50;

    public static async Task<(IReadOnlyList<T> Items, int Count)> PageAsync<T>(
        IQueryable<T> query, LoadDataArgs args, string defaultOrder, CancellationToken ct = default)
    {
        if (args.Filters?.Any() == true)
        {
            query = query.Where(args.Filters, LogicalFilterOperator.And, FilterCaseSensitivity.CaseInsensitive);
        }

        var count = await query.CountAsync(ct);
        query = query.OrderBy(string.IsNullOrEmpty(args.OrderBy) ? defaultOrder : args.OrderBy);
        var items = await query.Skip(args.Skip ?? 0).Take(Math.Min(args.Top ?? PageSize, PageSize)).ToListAsync(ct);
        return (items, count);
    }
}
