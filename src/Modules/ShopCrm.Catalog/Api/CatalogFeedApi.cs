using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using ShopCrm.Catalog.Services.Search;
using ShopCrm.Core.Security;

namespace ShopCrm.Catalog.Api;

// The e-shop's catalog: published models page by page with a changed-since cursor, and facet counts
// for the same filters. The query string parameters are declared so the OpenAPI document lists them;
// they are read by FeedRequest so that every mistake is one clear problem.
internal static class CatalogFeedApi
{
    private const string FilterHelp =
        " Filters: category (with its subcategories), tags (ids, all required), brand, priceMin/priceMax (gross), inStock,"
        + " spec.{definition id}=value (repeat for alternatives) and range.{definition id}=min..max for number specifications.";

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/catalog/models", ModelsAsync)
            .RequirePermission(CatalogPermissions.SiteFeed)
            .WithName("GetCatalogModels")
            .WithSummary("Published models with prices, availability, specifications, tags, images and links, ordered by last change.")
            .WithDescription("Keep nextCursor and pass it as cursor to get only what changed since; models archived, merged or unpublished since"
                + " come back with removed=true. pageSize 1-200, default 50." + FilterHelp)
            .Produces<CatalogFeedPage>()
            .ProducesProblem(StatusCodes.Status400BadRequest);

        api.MapGet("/catalog/facets", FacetsAsync)
            .RequirePermission(CatalogPermissions.SiteFeed)
            .WithName("GetCatalogFacets")
            .WithSummary("Counts per brand, tag and option value, and ranges of number specifications and price, for the same filters as the models.")
            .WithDescription(FilterHelp.Trim())
            .Produces<CatalogFacets>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
    }

    private static async Task<IResult> ModelsAsync(
        HttpRequest http,
        CatalogSearch search,
        [FromQuery] string? category,
        [FromQuery] string? tags,
        [FromQuery] string? brand,
        [FromQuery] string? priceMin,
        [FromQuery] string? priceMax,
        [FromQuery] string? inStock,
        [FromQuery] string? cursor,
        [FromQuery] string? pageSize,
        CancellationToken ct)
    {
        var (request, error) = FeedRequest.Parse(http.Query);
        error ??= await search.ValidateAsync(request!.Filter, ct);
        return error is not null
            ? BadFilter(error)
            : Results.Ok(await search.FeedAsync(request!.Filter, request.Cursor, request.PageSize, ct));
    }

    private static async Task<IResult> FacetsAsync(
        HttpRequest http,
        CatalogSearch search,
        [FromQuery] string? category,
        [FromQuery] string? tags,
        [FromQuery] string? brand,
        [FromQuery] string? priceMin,
        [FromQuery] string? priceMax,
        [FromQuery] string? inStock,
        CancellationToken ct)
    {
        var (request, error) = FeedRequest.Parse(http.Query);
        if (error is null && (request!.Cursor is not null || http.Query.ContainsKey("pageSize")))
        {
            error = "Facets take filters only, no cursor or pageSize.";
        }

        error ??= await search.ValidateAsync(request!.Filter, ct);
        return error is not null ? BadFilter(error) : Results.Ok(await search.FacetsAsync(request!.Filter, ct));
    }

    private static IResult BadFilter(string message) =>
        Results.Problem(title: "The filter is not valid.", detail: message, statusCode: StatusCodes.Status400BadRequest);
}
