using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using ShopCrm.Core.Api;
using ShopCrm.Core.Csv;
using ShopCrm.Core.Data;

namespace ShopCrm.Clients.Services;

// The client list as CSV, written row by row to the response: a million clients never sit in memory.
public static class ClientExport
{
    public const string ListPath = "/clients/export.csv";

    public static readonly string[] Columns =
        ["Id", "Name", "E-mail", "Phone", "Street", "Postal code", "City", "Region", "Completed orders", "Total spent", "Last order", "VIP", "Lost", "Lousy", "Marketing consent"];

    // The export address for what the client list shows, for its "Export CSV" link.
    public static string ListAddress(ClientFilter filter) =>
        new QueryAddress(ListPath)
            .Add("search", filter.Search)
            .Add("category", filter.Category)
            .Add("tagId", filter.TagId)
            .Add("region", filter.Region)
            .Add("interestTagId", filter.InterestTagId)
            .Add("minTotalMinor", filter.MinTotalMinor)
            .Add("maxTotalMinor", filter.MaxTotalMinor)
            .Add("lastOrderFrom", filter.LastOrderFrom)
            .Add("lastOrderTo", filter.LastOrderTo)
            .ToString();

    public static ClientFilter FilterFrom(IQueryCollection query) => new(
        QueryValues.Text(query, "search"),
        QueryValues.Choice<ClientCategory>(query, "category"),
        QueryValues.Number(query, "tagId"),
        QueryValues.Text(query, "region"),
        QueryValues.Number(query, "interestTagId"),
        QueryValues.LongNumber(query, "minTotalMinor"),
        QueryValues.LongNumber(query, "maxTotalMinor"),
        QueryValues.UtcTime(query, "lastOrderFrom"),
        QueryValues.UtcTime(query, "lastOrderTo"));

    public static async Task WriteAsync(ShopDbContext db, ClientFilter filter, TextWriter output, CancellationToken ct)
    {
        var clients = ClientListQuery.Clients(db, filter).OrderBy(c => c.Id).Select(c => new
        {
            c.Id, c.DisplayName, c.Email, c.Phone, c.Street, c.PostalCode, c.City, c.Region, c.CompletedOrders, c.TotalSpentMinor,
            c.LastOrderAt, c.IsVip, c.IsLost, c.IsLousy, c.MarketingConsent,
        });
        var csv = new CsvWriter(output);
        await csv.WriteRecordAsync(Columns);
        await foreach (var c in clients.AsAsyncEnumerable().WithCancellation(ct))
        {
            await csv.WriteRecordAsync(
            [
                c.Id.ToString(CultureInfo.InvariantCulture), c.DisplayName, c.Email, c.Phone, c.Street, c.PostalCode, c.City, c.Region,
                c.CompletedOrders.ToString(CultureInfo.InvariantCulture), CsvWriter.Amount(c.TotalSpentMinor),
                c.LastOrderAt?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), YesNo(c.IsVip), YesNo(c.IsLost), YesNo(c.IsLousy), YesNo(c.MarketingConsent),
            ]);
        }
    }

    private static string YesNo(bool value) => value ? "yes" : "no";
}
