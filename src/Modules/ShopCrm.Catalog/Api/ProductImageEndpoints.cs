using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;
using ShopCrm.Catalog.Services;
using ShopCrm.Catalog.Services.Images;
using ShopCrm.Core.Security;
using ShopCrm.Core.Results;

namespace ShopCrm.Catalog.Api;

// Card images go through plain HTTP, not the circuit: uploads are multipart posts (with the antiforgery
// token in the RequestVerificationToken header), pictures are served with caching.
internal static class ProductImageEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/catalog/models/{productId:int}/images", async (int productId, IFormFileCollection files, ProductImageService images, CancellationToken ct) =>
            {
                if (files.Count == 0)
                {
                    return Results.Problem(title: "Choose a picture to upload.", statusCode: StatusCodes.Status400BadRequest);
                }

                var added = new List<object>();
                foreach (var file in files)
                {
                    await using var stream = file.OpenReadStream();
                    var result = await images.AddAsync(productId, file.FileName, stream, ct);
                    if (!result.Succeeded)
                    {
                        var error = result.Error!;
                        return error == CatalogError.NotFound
                            ? Results.Problem(title: error.Message, statusCode: StatusCodes.Status404NotFound)
                            : Results.Problem(title: error.Message, statusCode: StatusCodes.Status400BadRequest);
                    }

                    added.Add(new { id = result.Value!.Id, url = ProductImageService.AddressOf(result.Value.Id), fileName = result.Value.FileName });
                }

                return Results.Ok(added);
            })
            .RequirePermission(CatalogPermissions.Edit)
            .WithFormOptions(multipartBodyLengthLimit: ProductImageService.MaxBytes * 4)
            .ExcludeFromDescription();

        endpoints.MapGet("/catalog/images/{id:int}", async (int id, ProductImageService images, CancellationToken ct) =>
                await images.FindAsync(id, ct) is { } found
                    ? Results.File(found.Path, found.Image.ContentType, enableRangeProcessing: false)
                    : Results.NotFound())
            .RequirePermission(CatalogPermissions.View)
            .ExcludeFromDescription();

        // The e-shop's copy of a published card's picture, without a login (the feed links here). The id is a
        // number and the file is found through its row, so no path from the request reaches the disk; drafts,
        // archived and merged cards answer 404. A picture never changes under its id, so caches may keep it.
        endpoints.MapGet("/site/images/{id:int}", async (int id, HttpContext http, ProductImageService images, CancellationToken ct) =>
            {
                if (await images.FindPublishedAsync(id, ct) is not { } found)
                {
                    return Results.NotFound();
                }

                http.Response.Headers.CacheControl = "public, max-age=86400";
                http.Response.Headers.XContentTypeOptions = "nosniff";
                return Results.File(found.Path, found.Image.ContentType, entityTag: new EntityTagHeaderValue($"\"{found.Image.StoredName}\""));
            })
            .AllowAnonymous()
            .ExcludeFromDescription();

        endpoints.MapDelete("/catalog/images/{id:int}", async (int id, ProductImageService images, CancellationToken ct) =>
                await images.DeleteAsync(id, ct) ? Results.NoContent() : Results.NotFound())
            .RequirePermission(CatalogPermissions.Edit)
            .ExcludeFromDescription();

        endpoints.MapPut("/catalog/models/{productId:int}/images/order", async (int productId, [FromBody] ImageOrder order, ProductImageService images, CancellationToken ct) =>
            {
                var result = await images.ReorderAsync(productId, order.Seen, order.Wanted, ct);
                if (result.Succeeded)
                {
                    return Results.NoContent();
                }

                var error = result.Error!;
                var status = error.Code switch
                {
                    ErrorCodes.Conflict => StatusCodes.Status409Conflict,
                    _ when error == CatalogError.NotFound => StatusCodes.Status404NotFound,
                    _ => StatusCodes.Status400BadRequest,
                };
                return Results.Problem(title: error.Message, statusCode: status);
            })
            .RequirePermission(CatalogPermissions.Edit)
            .ExcludeFromDescription();
    }
}
