using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ShopCrm.Clients.Domain;
using ShopCrm.Core.Csv;
using ShopCrm.Core.Data;
using ShopCrm.Core.Time;

namespace ShopCrm.Clients.Services.Segments;

// A segment's clients written row by row straight to the response, so a segment of any size never sits
// in memory.
public sealed class SegmentExport(SegmentQuery segments, ShopClock clock)
{
    public static readonly string[] Columns =
        ["Client id", "Name", "E-mail", "Phone", "Street", "Postal code", "City", "Region", "Completed orders", "Total spent", "Last order", "Marketing consent"];

    public static string Address(int segmentId) => $"/clients/segments/{segmentId}/export.csv";

    public async Task WriteAsync(ShopDbContext db, SegmentDefinition segment, TextWriter output, CancellationToken ct)
    {
        var clients = (await segments.ClientsAsync(db, segment, ct)).OrderBy(c => c.Id).Select(c => new
        {
            c.Id, c.DisplayName, c.Email, c.Phone, c.Street, c.PostalCode, c.City, c.Region, c.CompletedOrders, c.TotalSpentMinor, c.LastOrderAt, c.MarketingConsent,
        });
        var csv = new CsvWriter(output);
        await csv.WriteRecordAsync(Columns);
        await foreach (var c in clients.AsAsyncEnumerable().WithCancellation(ct))
        {
            await csv.WriteRecordAsync(
            [
                c.Id.ToString(CultureInfo.InvariantCulture), c.DisplayName, c.Email, c.Phone, c.Street, c.PostalCode, c.City, c.Region,
                c.CompletedOrders.ToString(CultureInfo.InvariantCulture), CsvWriter.Amount(c.TotalSpentMinor),
                c.LastOrderAt is { } last ? clock.ToLocal(last).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
                c.MarketingConsent ? "yes" : "no",
            ]);
        }
    }
}
