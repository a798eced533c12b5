using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using ShopCrm.Clients.Domain;
using ShopCrm.Clients.Services.Import;
using ShopCrm.Clients.Services.Privacy;
using ShopCrm.Clients.Services.Segments;
using ShopCrm.Core.Auditing;
using ShopCrm.Core.Csv;
using ShopCrm.Core.Data;
using ShopCrm.Core.Imports;
using ShopCrm.Core.Security;

namespace ShopCrm.Clients.Api;

// Downloads and uploads of the segments, imports and GDPR pages, as plain HTTP rather than through the circuit.
public static class ClientDataEndpoints
{
    public const string ImportUploadPath = "/clients/imports/upload";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(ImportUploadPath, (HttpRequest request, ClientImportService imports, ICurrentUser user, CancellationToken ct) =>
                ImportUploadEndpoint.ReceiveAsync(request, ClientImportService.MaxFileBytes, (file, content) => imports.UploadAsync(content, file.FileName, user.UserName, ct), ct))
            .AcceptsImportUpload(ClientImportService.MaxFileBytes, ClientPermissions.Import);

        endpoints.MapGet("/clients/segments/{segmentId:int}/export.csv", async (int segmentId, HttpContext http, IDbContextFactory<ShopDbContext> contexts, SegmentExport export, CancellationToken ct) =>
            {
                await using var db = await contexts.CreateDbContextAsync(ct);
                var segment = await db.Set<ClientSegment>().AsNoTracking().SingleOrDefaultAsync(s => s.Id == segmentId, ct);
                if (segment is null)
                {
                    return Results.Problem("This segment no longer exists.", statusCode: StatusCodes.Status404NotFound);
                }

                await CsvDownload.WriteAsync(http, $"segment-{segmentId}.csv", output => export.WriteAsync(db, SegmentDefinition.FromJson(segment.Definition), output, ct));
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
