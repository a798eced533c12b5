using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using ShopCrm.Catalog.Services;
using ShopCrm.Clients.Domain;
using ShopCrm.Clients.Services.Privacy;
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

        endpoints.MapGet("/clients/{clientId:int}/gdpr-export.zip", async (int clientId, HttpContext http, ClientPrivacy privacy, CancellationToken ct) =>
            {
                // ZipArchive writes its directory synchronously when it closes, which Kestrel refuses on the
                // response body; one client's data is small, so the ZIP is built in memory first.
                using var buffer = new MemoryStream();
                if (!await privacy.ExportAsync(clientId, buffer, ct))
                {
                    return Results.Problem("There is no such client.", statusCode: StatusCodes.Status404NotFound);
                }

                return Results.File(buffer.ToArray(), "application/zip", $"client-{clientId}-personal-data.zip");
            })
            .RequirePermission(ClientPermissions.Gdpr)
            .ExcludeFromDescription();

        endpoints.MapPost("/clients/{clientId:int}/gdpr-erase", async (int clientId, HttpContext http, ClientPrivacy privacy, IAntiforgery antiforgery, CancellationToken ct) =>
            {
                if (!await antiforgery.IsRequestValidAsync(http))
                {
                    return Results.Problem("The form has expired: reload the page and try again.", statusCode: StatusCodes.Status400BadRequest);
                }

                return await privacy.EraseAsync(clientId, ct)
                    ? Results.NoContent()
                    : Results.Problem("There is no such client, or it has already been erased.", statusCode: StatusCodes.Status404NotFound);
            })
            .RequirePermission(ClientPermissions.Gdpr)
            .ExcludeFromDescription();
    }
}
