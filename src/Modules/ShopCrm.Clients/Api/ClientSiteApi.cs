using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ShopCrm.Clients.Contracts;
using ShopCrm.Clients.Domain;
using ShopCrm.Clients.Services;
using ShopCrm.Core.Security;

namespace ShopCrm.Clients.Api;

// The e-shop's side of the customer base: registrations that update an existing client instead of
// duplicating it (merged field by field, see docs/site-api.md), consent changes and unsubscribes, each
// recorded with its source.
public static class ClientSiteApi
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/clients", RegisterAsync)
            .RequirePermission(ClientPermissions.SiteRegister)
            .WithName("RegisterCustomer")
            .WithSummary("Registers a customer or updates the existing one, matched by the shop's customer id, then e-mail (never by phone). A field staff changed since the shop last sent it is kept and the shop's value shown to staff to accept. Safe to repeat.");

        api.MapPost("/clients/consent", ChangeConsentAsync)
            .RequirePermission(ClientPermissions.SiteRegister)
            .WithName("ChangeCustomerConsent")
            .WithSummary("Records that the customer gave or withdrew marketing consent on the site.");

        api.MapPost("/clients/unsubscribe", UnsubscribeAsync)
            .RequirePermission(ClientPermissions.SiteRegister)
            .WithName("UnsubscribeCustomer")
            .WithSummary("Withdraws marketing consent through the unsubscribe link of a mailing.");
    }

    private static async Task<IResult> RegisterAsync(SiteCustomerDto customer, ClientService clients, CancellationToken ct)
    {
        var result = await clients.EnsureAsync(
            new ClientDraft
            {
                Kind = string.IsNullOrWhiteSpace(customer.CompanyName) ? ClientKind.Person : ClientKind.Company,
                SiteCustomerId = customer.SiteCustomerId,
                Email = customer.Email,
                Phone = customer.Phone,
                FirstName = customer.FirstName,
                LastName = customer.LastName,
                CompanyName = customer.CompanyName,
                VatId = customer.VatId,
                Street = customer.Street,
                PostalCode = customer.PostalCode,
                City = customer.City,
                Country = string.IsNullOrWhiteSpace(customer.Country) ? "PL" : customer.Country,
                BirthDate = customer.BirthDate,
                PreferredLanguage = string.IsNullOrWhiteSpace(customer.PreferredLanguage) ? "pl" : customer.PreferredLanguage,
                MarketingConsent = customer.MarketingConsent,
                Channel = ClientChannel.Site,
            },
            ct);
        return result.Succeeded ? Results.Ok(new { clientId = result.ClientId }) : Invalid(result.Errors);
    }

    private static async Task<IResult> ChangeConsentAsync(SiteConsentDto consent, ClientService clients, CancellationToken ct)
    {
        if (consent.Given is not { } given)
        {
            return Invalid(new Dictionary<string, string> { ["given"] = "Say whether the customer agrees (true) or not (false)." });
        }

        return await RecordAsync(consent, given, ConsentSource.Api, clients, ct);
    }

    private static Task<IResult> UnsubscribeAsync(SiteConsentDto consent, ClientService clients, CancellationToken ct) =>
        RecordAsync(consent, given: false, ConsentSource.UnsubscribeLink, clients, ct);

    private static async Task<IResult> RecordAsync(SiteConsentDto consent, bool given, ConsentSource source, ClientService clients, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(consent.SiteCustomerId) && string.IsNullOrWhiteSpace(consent.Email))
        {
            return Invalid(new Dictionary<string, string> { ["email"] = "Give the shop's customer id or the e-mail." });
        }

        if (consent.Note?.Length > 500)
        {
            return Invalid(new Dictionary<string, string> { ["note"] = "At most 500 characters." });
        }

        if (await clients.FindForSiteAsync(consent.SiteCustomerId, consent.Email, ct) is not { } clientId)
        {
            return Results.Problem(title: "No customer with this id or e-mail.", statusCode: StatusCodes.Status404NotFound);
        }

        await clients.ChangeConsentAsync(clientId, given, source, consent.Note, ct);
        return Results.Ok(new { clientId, marketingConsent = given });
    }

    // Field errors as RFC 7807 validation problem details, fields named as in the request body.
    private static IResult Invalid(IReadOnlyDictionary<string, string> errors) =>
        Results.ValidationProblem(
            errors.ToDictionary(e => char.ToLowerInvariant(e.Key[0]) + e.Key[1..], e => new[] { e.Value }),
            title: "The customer's details are not valid.",
            statusCode: StatusCodes.Status422UnprocessableEntity);
}
