using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace ShopCrm.Certificates.Contracts;

// The 429 answer of every API path that takes a gift card code, with the seconds to wait in Retry-After.
public static class TooManyCodeAttempts
{
    public static IResult Problem(HttpContext http, CodeAttempt attempt)
    {
        http.Response.Headers[HeaderNames.RetryAfter] = attempt.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Results.Problem(
            title: attempt.RefusalMessage,
            statusCode: StatusCodes.Status429TooManyRequests,
            extensions: new Dictionary<string, object?> { ["reason"] = "too-many-attempts", ["retryAfterSeconds"] = attempt.RetryAfterSeconds });
    }
}
