using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using ShopCrm.Catalog.Services;
using ShopCrm.Core.Security;

namespace ShopCrm.Catalog.Api;

// Card images go through plain HTTP, not the circuit: uploads are multipart posts (with the antiforgery
// token in the RequestVerificationToken header), pictures are served with caching.
public static class ProductImageEndpoints
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
                        var error = result.Errors[0];
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

        endpoints.MapDelete("/catalog/images/{id:int}", async (int id, ProductImageService images, CancellationToken ct) =>
                await images.DeleteAsync(id, ct) ? Results.NoContent() : Results.NotFound())
            .RequirePermission(CatalogPermissions.Edit)
            .ExcludeFromDescription();

        endpoints.MapPut("/catalog/models/{productId:int}/images/order", async (int productId, [FromBody] int[] imageIds, ProductImageService images, CancellationToken ct) =>
            {
                await images.ReorderAsync(productId, imageIds, ct);
                return Results.NoContent();
            })
            .RequirePermission(CatalogPermissions.Edit)
            .ExcludeFromDescription();
    }
}
