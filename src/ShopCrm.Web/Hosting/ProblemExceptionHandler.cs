using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;

namespace ShopCrm.Web.Hosting;

// Failures of API, upload and download requests become problem details with the right status: a request
// the server could not read (malformed JSON, a wrong type, a bad query value, a body too large) is the
// caller's 4xx, anything else a 500. Never the exception itself: its details stay in the log, found by the
// correlation id. Pages fall through to the friendly error page.
public sealed class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        // The middleware has already pointed Request.Path at the error page; the feature keeps the original.
        var failure = context.Features.Get<IExceptionHandlerPathFeature>();
        if (!ProblemRequests.AnswersWithProblems(failure?.Path ?? context.Request.Path, failure?.Endpoint))
        {
            return false;
        }

        var correlationId = CorrelationId.Of(context);
        var problem = Describe(exception);
        if (problem.Status >= StatusCodes.Status500InternalServerError)
        {
            logger.LogError(exception, "Request {Path} failed, correlation id {CorrelationId}", failure?.Path, correlationId);
        }
        else
        {
            logger.LogInformation("Request {Path} refused with {Status}: {Reason}, correlation id {CorrelationId}", failure?.Path, problem.Status, exception.Message, correlationId);
        }

        context.Response.StatusCode = problem.Status!.Value;
        if (!await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem }))
        {
            // The caller's Accept header names no JSON type; problem details are what it gets all the same.
            Explain(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem });
            problem.Extensions["correlationId"] = correlationId;
            await context.Response.WriteAsJsonAsync(problem, (JsonSerializerOptions?)null, "application/problem+json", cancellationToken);
        }

        return true;
    }

    public static int StatusOf(Exception exception) => exception switch
    {
        BadHttpRequestException bad => bad.StatusCode,
        JsonException or InvalidDataException => StatusCodes.Status400BadRequest,
        _ => StatusCodes.Status500InternalServerError,
    };

    // Kestrel and the parameter binding answer a body too large or of the wrong type with a bare status; the
    // caller learns what to change.
    public static void Explain(ProblemDetailsContext problem)
    {
        var details = problem.ProblemDetails;
        if (details.Detail is not null)
        {
            return;
        }

        switch (details.Status)
        {
            case StatusCodes.Status413PayloadTooLarge:
                details.Title = "The request is too large.";
                details.Detail = problem.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize is { } limit
                    ? $"Send at most {limit / 1024:N0} KB here."
                    : "Send a smaller request.";
                break;
            case StatusCodes.Status415UnsupportedMediaType:
                details.Title = "The request's content type is not accepted here.";
                details.Detail = "Send JSON with Content-Type: application/json, or a file as multipart/form-data where a file is expected.";
                break;
        }
    }

    private static ProblemDetails Describe(Exception exception)
    {
        var status = StatusOf(exception);
        return status switch
        {
            StatusCodes.Status413PayloadTooLarge or StatusCodes.Status415UnsupportedMediaType => new ProblemDetails { Status = status },
            >= 400 and < 500 => new ProblemDetails
            {
                Status = status,
                Title = "The request could not be read.",
                Detail = ReasonOf(exception),
            },
            _ => new ProblemDetails
            {
                Status = StatusCodes.Status500InternalServerError,
                Title = "Something went wrong on our side.",
                Detail = "Please try again later. If it keeps happening, give us the correlation id.",
            },
        };
    }

    // What the caller can fix, in its own terms: the JSON path of a bad value, or the parameter that did not bind.
    private static string ReasonOf(Exception exception)
    {
        for (var inner = exception; inner is not null; inner = inner.InnerException)
        {
            if (inner is JsonException json)
            {
                return json.Path is { Length: > 1 } path
                    ? $"The JSON is malformed or the value at {path} has the wrong type or is out of range."
                    : "The body is not valid JSON.";
            }
        }

        return exception is BadHttpRequestException or InvalidDataException
            ? exception.Message
            : "The request could not be read.";
    }
}
