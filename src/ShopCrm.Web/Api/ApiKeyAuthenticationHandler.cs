using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using ShopCrm.Core.Api;
using ShopCrm.Core.Security;

namespace ShopCrm.Web.Api;

public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiKeyService keys) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string HeaderName = "X-Api-Key";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(HeaderName, out var supplied) || string.IsNullOrWhiteSpace(supplied))
        {
            return AuthenticateResult.NoResult();
        }

        var key = await keys.FindActiveAsync(supplied.ToString(), Context.RequestAborted);
        if (key is null)
        {
            return AuthenticateResult.Fail("Unknown or revoked API key.");
        }

        var claims = new List<Claim> { new(ClaimTypes.Name, key.Name), new(ClaimTypes.NameIdentifier, "api-key:" + key.Id) };
        claims.AddRange(key.ScopeList.Select(s => new Claim(ShopClaims.Scope, s)));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, ShopClaims.ApiKeyScheme));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme.Name));
    }
}
