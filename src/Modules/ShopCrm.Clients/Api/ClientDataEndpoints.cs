using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using ShopCrm.Catalog.Services;
using ShopCrm.Clients.Domain;
using ShopCrm.Clients.Services.Segments;
using ShopCrm.Core.Data;
using ShopCrm.Core.Security;

namespace ShopCrm.Clients.Api;

// Downloads and uploads of the segments, imports and GDPR pages, as plain HTTP rather than through the circuit.
public static class ClientDataEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/clients/segments/{segmentId:int}/export.csv", async (int segmentId, HttpContext http, IDbContextFactory<ShopDbContext> contexts, SegmentExport export, CancellationToken ct) =>
            {
                await using var db = await contexts.CreateDbContextAsync(ct);
                var segment = await db.Set<ClientSegment>().AsNoTracking().SingleOrDefaultAsync(s => s.Id == segmentId, ct);
                if (segment is null)
                {
                    return Results.Problem("This segment no longer exists.", statusCode: StatusCodes.Status404NotFound);
                }

                http.Response.ContentType = "text/csv; charset=utf-8";
                http.Response.Headers.ContentDisposition = $"attachment; filename=\"segment-{segmentId}.csv\"";
                await using var output = new StreamWriter(http.Response.Body, CsvWriter.Encoding, 64 * 1024);
                await export.WriteAsync(db, SegmentDefinition.FromJson(segment.Definition), output, ct);
                await output.FlushAsync(ct);
                return Results.Empty;
            })
            .RequirePermission(ClientPermissions.Export)
            .ExcludeFromDescription();
    }
}
