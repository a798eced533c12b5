using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using ShopCrm.Catalog.Contracts;
using ShopCrm.Catalog.Domain;
using ShopCrm.Catalog.Services;
using ShopCrm.Core.Auditing;
using ShopCrm.Core.Csv;
using ShopCrm.Core.Data;
using ShopCrm.Core.Imports;
using ShopCrm.Core.Security;

namespace ShopCrm.Catalog.Api;

// Uploads and CSV downloads as plain HTTP (not through the circuit), as every file transfer in the app.
public static class CatalogImportEndpoints
{
    public const string UploadPath = "/catalog/imports/upload";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(UploadPath, (HttpRequest request, ImportKind kind, int? supplierId, CatalogImportService imports, ICurrentUser user, CancellationToken ct) =>
                ImportUploadEndpoint.ReceiveAsync(request, CatalogImportService.MaxFileBytes, (file, content) => imports.UploadAsync(content, file.FileName, kind, supplierId, user.UserName, ct), ct))
            .AcceptsImportUpload(CatalogImportService.MaxFileBytes, CatalogPermissions.Import);

        endpoints.MapGet(CatalogExport.ModelsPath, async (HttpContext http, IDbContextFactory<ShopDbContext> contexts, CancellationToken ct) =>
            {
                await using var db = await contexts.CreateDbContextAsync(ct);
                await CsvDownload.WriteAsync(http, "models.csv", output => CatalogExport.WriteModelsAsync(db, CatalogExport.FilterFrom(http.Request.Query), output, ct));
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

                await CsvDownload.WriteAsync(http, $"price-list-{FileNamePart(supplier)}.csv", output => CatalogExport.WritePriceListAsync(db, supplierId, output, ct));
            })
            .RequirePermission(CatalogPermissions.View)
            .ExcludeFromDescription();
    }

    private static string FileNamePart(string name) =>
        new(ProductNames.Normalize(name).Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray());
}
