using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using ShopCrm.Catalog.Contracts;
using ShopCrm.Catalog.Domain;
using ShopCrm.Catalog.Services;
using ShopCrm.Core.Auditing;
using ShopCrm.Core.Data;
using ShopCrm.Core.Security;

namespace ShopCrm.Catalog.Api;

// Uploads and CSV downloads as plain HTTP (not through the circuit), as every file transfer in the app.
public static class CatalogImportEndpoints
{
    public const string UploadPath = "/catalog/imports/upload";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        // The page posts with the antiforgery token in a header (RadzenUpload sends no form token).
        endpoints.MapPost(UploadPath, async (HttpRequest request, ImportKind kind, int? supplierId, CatalogImportService imports, ICurrentUser user, IAntiforgery antiforgery, CancellationToken ct) =>
            {
                if (!await antiforgery.IsRequestValidAsync(request.HttpContext))
                {
                    return Results.Problem("The upload form has expired: reload the page and try again.", statusCode: StatusCodes.Status400BadRequest);
                }

                if (!request.HasFormContentType)
                {
                    return Results.Problem("Send the file as multipart/form-data.", statusCode: StatusCodes.Status400BadRequest);
                }

                var form = await request.ReadFormAsync(ct);
                var file = form.Files.FirstOrDefault();
                if (file is null || file.Length == 0)
                {
                    return Results.Problem("Choose a CSV file.", statusCode: StatusCodes.Status400BadRequest);
                }

                if (file.Length > CatalogImportService.MaxFileBytes)
                {
                    return Results.Problem($"The file is larger than {CatalogImportService.MaxFileBytes / 1024 / 1024} MB.", statusCode: StatusCodes.Status413PayloadTooLarge);
                }

                await using var content = file.OpenReadStream();
                var (importId, error) = await imports.UploadAsync(content, file.FileName, kind, supplierId, user.UserName, ct);
                return importId is { } id
                    ? Results.Ok(new { id })
                    : Results.Problem(error, statusCode: StatusCodes.Status400BadRequest);
            })
            .WithMetadata(new RequestSizeLimitAttribute(CatalogImportService.MaxFileBytes + (1024 * 1024)))
            .RequirePermission(CatalogPermissions.Import)
            .ExcludeFromDescription();

        endpoints.MapGet(CatalogExport.ModelsPath, async (HttpContext http, IDbContextFactory<ShopDbContext> contexts, CancellationToken ct) =>
            {
                await using var db = await contexts.CreateDbContextAsync(ct);
                await StreamCsvAsync(http, "models.csv", output => CatalogExport.WriteModelsAsync(db, CatalogExport.FilterFrom(http.Request.Query), output, ct));
            })
            .RequirePermission(CatalogPermissions.View)
            .ExcludeFromDescription();

        endpoints.MapGet("/catalog/suppliers/{supplierId:int}/price-list.csv", async (int supplierId, HttpContext http, IDbContextFactory<ShopDbContext> contexts, CancellationToken ct) =>
            {
                await using var db = await contexts.CreateDbContextAsync(ct);
                var supplier = await db.Set<Supplier>().AsNoTracking().Where(s => s.Id == supplierId).Select(s => s.Name).SingleOrDefaultAsync(ct);
                if (supplier is null)
                {
                    http.Response.StatusCode = StatusCodes.Status404NotFound;
                    return;
                }

                await StreamCsvAsync(http, $"price-list-{FileNamePart(supplier)}.csv", output => CatalogExport.WritePriceListAsync(db, supplierId, output, ct));
            })
            .RequirePermission(CatalogPermissions.View)
            .ExcludeFromDescription();
    }

    private static async Task StreamCsvAsync(HttpContext http, string fileName, Func<TextWriter, Task> write)
    {
        http.Response.ContentType = "text/csv; charset=utf-8";
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
        await using var output = new StreamWriter(http.Response.Body, CsvWriter.Encoding, 64 * 1024);
        await write(output);
        await output.FlushAsync();
    }

    private static string FileNamePart(string name) =>
        new(ProductNames.Normalize(name).Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray());
}
