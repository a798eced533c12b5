using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using ShopCrm.Certificates.Contracts;
using ShopCrm.Certificates.Domain;
using ShopCrm.Certificates.Services;
using ShopCrm.Core.Api;
using ShopCrm.Core.Data;
using ShopCrm.Core.Security;
using ShopCrm.Core.Results;

namespace ShopCrm.Certificates.Api;

public static class CertificateApi
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/certificates/{code}", CheckBalanceAsync)
            .RequirePermission(CertificatePermissions.SiteCheckBalance)
            .WithName("CheckCertificateBalance")
            .WithSummary("A gift card's balance, status and expiry. Wrong codes are limited per API key, attempts per code (429 with Retry-After); every attempt is logged.");

        api.MapPost("/certificates", SellOnlineAsync)
            .RequirePermission(CertificatePermissions.SiteSell)
            .WithName("SellCertificateOnline")
            .WithSummary("Issues and activates a gift card bought and paid for in the e-shop.");
    }

    private static async Task<IResult> CheckBalanceAsync(
        string code, HttpContext http, CertificateCodeLimiter limiter, BalanceCheckLog log, IDbContextFactory<ShopDbContext> contexts, TimeProvider time, ILoggerFactory logs, CancellationToken ct)
    {
        var caller = CertificateCodeLimiter.CallerOf(http.User);
        var normalized = CertificateCode.Normalize(code);
        var now = time.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(ct);

        async Task<IResult> LoggedAsync(string result, IResult response)
        {
            var who = $"{caller} {http.User.Identity?.Name}";
            await log.RecordAsync(new BalanceCheckAttempt { At = now, Caller = who[..Math.Min(who.Length, 100)], CodeHash = Hash(normalized ?? code), Result = result }, ct);
            return response;
        }

        // A refused attempt writes nothing: a flood of them must not fill the attempts table.
        var attempt = limiter.TryBegin(caller, normalized);
        if (!attempt.Allowed)
        {
            logs.CreateLogger(typeof(CertificateApi)).LogWarning("Gift card balance check refused for {Caller}: too many attempts", caller);
            return TooManyCodeAttempts.Problem(http, attempt);
        }

        var card = normalized is null ? null
            : await db.Set<Certificate>().AsNoTracking().Include(c => c.Series).SingleOrDefaultAsync(c => c.Code == normalized, ct);
        if (card is null)
        {
            return await LoggedAsync(CertificateError.NotFound.Code, Problem(CertificateError.NotFound, StatusCodes.Status404NotFound));
        }

        limiter.Found(caller);
        if (card.Status is CertificateStatus.Blocked or CertificateStatus.Expired or CertificateStatus.Issued || card.ExpiresAt <= now)
        {
            var error = CertificateError.For(card, now);
            return await LoggedAsync(error.Code, Problem(error, StatusCodes.Status422UnprocessableEntity));
        }

        return await LoggedAsync("ok", Results.Ok(new CertificateBalanceDto(
            card.Code, card.Status.ToString(), card.BalanceMinor / 100m, card.Currency, DateOnly.FromDateTime(card.ExpiresAt), card.Series!.AllowPartialUse)));
    }

    private static async Task<IResult> SellOnlineAsync(OnlineSaleDto sale, CertificateService certificates, CancellationToken ct)
    {
        // Checked here before it is turned into minor units, where a huge value would overflow.
        if (sale.Value is { } chosen && (chosen <= 0 || chosen > InputLimits.MaxAmountMinor / 100m))
        {
            return Results.ValidationProblem(
                new Dictionary<string, string[]> { [CertificateError.ValueField] = [$"A gift card's value is more than 0 and at most {InputLimits.MaxAmountMinor / 100m:N2}."] },
                title: "The gift card was not sold: some fields need attention.",
                statusCode: StatusCodes.Status422UnprocessableEntity);
        }

        var request = new SaleRequest(
            sale.SeriesId,
            SalesChannel.Online,
            sale.Value is { } value ? (long)Math.Round(value * 100m, MidpointRounding.AwayFromZero) : null,
            sale.BuyerName,
            sale.RecipientName,
            sale.RecipientEmail,
            sale.PersonalMessage);
        var result = await certificates.SellAsync(request, ct);
        if (result.Succeeded)
        {
            return Results.Created($"/api/v1/certificates/{result.Value!.Code}", new { result.Value.Code, Value = result.Value.ValueMinor / 100m, ValidUntil = DateOnly.FromDateTime(result.Value.ExpiresAt) });
        }

        var error = result.Error!;
        return CertificateError.SaleFields.Contains(error.Code)
            ? Results.ValidationProblem(
                new Dictionary<string, string[]> { [error.Code] = [error.Message] },
                title: error.Message,
                statusCode: StatusCodes.Status422UnprocessableEntity,
                extensions: new Dictionary<string, object?> { ["reason"] = error.Code })
            : Problem(error, StatusCodes.Status422UnprocessableEntity);
    }

    private static IResult Problem(Error error, int status) =>
        Results.Problem(title: error.Message, statusCode: status, extensions: new Dictionary<string, object?> { ["reason"] = error.Code });

    private static string Hash(string code) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(code)));
}
