using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using ShopCrm.Core.Security;
// Inside ShopCrm.Core, Results alone names the ShopCrm.Core.Results namespace.
using HttpResults = Microsoft.AspNetCore.Http.Results;

namespace ShopCrm.Core.Imports;

// The upload of an import file as plain HTTP (not through the circuit): the page posts the file with the
// antiforgery token in a header (RadzenUpload sends no form token), and every refusal is a problem.
public static class ImportUploadEndpoint
{
    public static async Task<IResult> ReceiveAsync(
        HttpRequest request, long maxFileBytes, Func<IFormFile, Stream, Task<(int? ImportId, string? Error)>> upload, CancellationToken ct)
    {
        var antiforgery = request.HttpContext.RequestServices.GetRequiredService<IAntiforgery>();
        if (!await antiforgery.IsRequestValidAsync(request.HttpContext))
        {
            return HttpResults.Problem("The upload form has expired: reload the page and try again.", statusCode: StatusCodes.Status400BadRequest);
        }

        if (!request.HasFormContentType)
        {
            return HttpResults.Problem("Send the file as multipart/form-data.", statusCode: StatusCodes.Status400BadRequest);
        }

        var form = await request.ReadFormAsync(ct);
        var file = form.Files.FirstOrDefault();
        if (file is null || file.Length == 0)
        {
            return HttpResults.Problem("Choose a CSV file.", statusCode: StatusCodes.Status400BadRequest);
        }

        if (file.Length > maxFileBytes)
        {
            return HttpResults.Problem(ImportUpload.TooLarge(maxFileBytes), statusCode: StatusCodes.Status413PayloadTooLarge);
        }

        await using var content = file.OpenReadStream();
        var (importId, error) = await upload(file, content);
        return importId is { } id
            ? HttpResults.Ok(new { id })
            : HttpResults.Problem(error, statusCode: StatusCodes.Status400BadRequest);
    }

    // The request may carry the file and a little form overhead; only someone with the permission may post it.
    public static RouteHandlerBuilder AcceptsImportUpload(this RouteHandlerBuilder builder, long maxFileBytes, string permission) =>
        builder
            .WithMetadata(new RequestSizeLimitAttribute(maxFileBytes + (1024 * 1024)))
            .RequirePermission(permission)
            .ExcludeFromDescription();
}
