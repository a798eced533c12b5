using System.Net;
using ShopCrm.Core.Data;
using ShopCrm.Core.Security;
using ShopCrm.Web.Hosting;

namespace ShopCrm.Tests.Security;

// Issue 11, item 10: every response carries the security headers, and the sign-in cookie is Secure over
// HTTPS, HttpOnly and SameSite=Lax.
public sealed class SecurityHeaderTests(SecurityApps apps) : IClassFixture<SecurityApps>
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Pages_api_answers_and_error_pages_carry_the_security_headers(DatabaseProvider provider)
    {
        var app = await apps.OnAsync(provider);
        var owner = await app.LogInAsync(await app.CreateUserAsync(Roles.Owner));
        var anonymous = app.OpenBrowser();

        var responses = new Dictionary<string, HttpResponseMessage>
        {
            ["login page"] = await anonymous.Http.GetAsync("/account/login"),
            ["dashboard"] = await owner.Http.GetAsync("/"),
            ["api"] = await anonymous.Http.GetAsync("/api/v1/shop"),
            ["missing page"] = await owner.Http.GetAsync("/no-such-page"),
            ["health"] = await anonymous.Http.GetAsync("/health/live"),
            ["script"] = await anonymous.Http.GetAsync("/_framework/blazor.web.js"),
        };

        Assert.Equal(HttpStatusCode.OK, responses["dashboard"].StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, responses["api"].StatusCode);
        Assert.Equal("application/problem+json", responses["api"].Content.Headers.ContentType?.MediaType);
        foreach (var (what, response) in responses)
        {
            Assert.True(response.Headers.TryGetValues("Content-Security-Policy", out var csp), what + " has no CSP");
            Assert.Equal(SecurityHeaders.ContentSecurityPolicy, Assert.Single(csp));
            Assert.Contains("script-src 'self';", SecurityHeaders.ContentSecurityPolicy, StringComparison.Ordinal);
            Assert.Contains("frame-ancestors 'none'", SecurityHeaders.ContentSecurityPolicy, StringComparison.Ordinal);
            Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
            Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
            Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        }
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task The_sign_in_cookie_is_secure_over_https_http_only_and_same_site_lax(DatabaseProvider provider)
    {
        var app = await apps.OnAsync(provider);
        var user = await app.CreateUserAsync(Roles.Warehouse);

        var overHttps = await AuthCookieHeaderAsync(app.OpenBrowser(scheme: "https"), user.Email!);
        var overHttp = await AuthCookieHeaderAsync(app.OpenBrowser(), user.Email!);

        Assert.Contains("; secure", overHttps, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("; httponly", overHttps, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("; samesite=lax", overHttps, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("; secure", overHttp, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("; httponly", overHttp, StringComparison.OrdinalIgnoreCase);
    }

    private static async Task<string> AuthCookieHeaderAsync(TestBrowser browser, string email)
    {
        var response = await browser.LogInAsync(email, SecurityApp.Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("ShopCrm.Auth=", StringComparison.Ordinal));
    }
}
