using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using ShopCrm.Catalog.Domain;
using ShopCrm.Certificates.Contracts;
using ShopCrm.Clients.Contracts;
using ShopCrm.Core.Api;
using ShopCrm.Core.Data;
using ShopCrm.Core.Money;
using ShopCrm.Core.Security;
using ShopCrm.Core.Results;
using ShopCrm.Orders.Contracts;
using ShopCrm.Orders.Domain;
using ShopCrm.Orders.Services;

namespace ShopCrm.Orders.Api;

public static class OrderApi
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/orders", PlaceAsync)
            .RequirePermission(OrderPermissions.SitePlace)
            .WithName("PlaceSiteOrder")
            .WithSummary("Places and confirms an order from the e-shop (stock is reserved). Idempotent by siteOrderId: 201 when made, 200 when it already existed.");

        api.MapGet("/orders/{siteOrderId}", StatusAsync)
            .RequirePermission(OrderPermissions.SitePlace)
            .WithName("SiteOrderStatus")
            .WithSummary("The status, payment state and tracking of an order placed by the e-shop.");
    }

    // The whole request is checked (its shape, the order's rules, the client's fields) before anything is
    // written, so a refused order leaves no client, order, reservation or audit row behind.
    private static async Task<IResult> PlaceAsync(
        SiteOrderDto order, OrderService orders, OrderWorkflow workflow, IClientDirectory clients, IDbContextFactory<ShopDbContext> contexts,
        HttpContext http, CertificateCodeLimiter codeLimiter, TimeProvider time, CancellationToken ct)
    {
        var errors = new Dictionary<string, string>();
        var siteOrderId = order.SiteOrderId?.Trim();
        if (string.IsNullOrEmpty(siteOrderId) || siteOrderId.Length > 64)
        {
            errors["siteOrderId"] = "Send the e-shop's order id (up to 64 characters).";
        }

        if (!Enum.TryParse<PaymentMethod>(order.PaymentMethod, ignoreCase: true, out var payment) || !Enum.IsDefined(payment) || int.TryParse(order.PaymentMethod, out _))
        {
            errors["paymentMethod"] = "Use Online, CashOnDelivery, BankTransfer or CashInStore.";
        }

        if (!Enum.TryParse<DeliveryMethod>(order.DeliveryMethod, ignoreCase: true, out var delivery) || !Enum.IsDefined(delivery) || int.TryParse(order.DeliveryMethod, out _))
        {
            errors["deliveryMethod"] = "Use Courier, ParcelLocker, Post or StorePickup.";
        }

        var customer = order.Customer;
        if (customer is null)
        {
            errors["customer"] = "Send the customer.";
        }
        else
        {
            CheckLength(errors, "customer.siteCustomerId", customer.SiteCustomerId, 64);
            CheckLength(errors, "customer.firstName", customer.FirstName, 100);
            CheckLength(errors, "customer.lastName", customer.LastName, 100);
            CheckLength(errors, "customer.companyName", customer.CompanyName, 200);
            CheckLength(errors, "customer.vatId", customer.VatId, 32);
            CheckLength(errors, "customer.email", customer.Email, 254);
            CheckLength(errors, "customer.phone", customer.Phone, 32);
        }

        var lines = order.Lines ?? [];
        if (lines.Count == 0)
        {
            errors["lines"] = "Send at least one line.";
        }
        else if (lines.Count > InputLimits.MaxOrderLines)
        {
            errors["lines"] = $"An order has at most {InputLimits.MaxOrderLines} lines.";
        }
        else
        {
            for (var i = 0; i < lines.Count; i++)
            {
                if (lines[i] is not { } line)
                {
                    errors[$"lines[{i}]"] = "Send each line as an object with sku and quantity.";
                }
                else if (string.IsNullOrWhiteSpace(line.Sku) || line.Sku.Trim().Length > 64)
                {
                    errors[$"lines[{i}].sku"] = "Send the model's SKU (up to 64 characters).";
                }
            }
        }

        if (errors.Count > 0)
        {
            return Invalid(errors);
        }

        await using (var db = await contexts.CreateDbContextAsync(ct))
        {
            var existing = await db.Set<Order>().AsNoTracking().SingleOrDefaultAsync(o => o.SiteOrderId == siteOrderId, ct);
            if (existing is not null)
            {
                return Results.Ok(StatusOf(existing, null));
            }

            var skus = lines.Select(l => l!.Sku!.Trim()).Distinct().ToList();
            var products = await db.Set<Product>().AsNoTracking().Where(p => skus.Contains(p.Sku)).ToDictionaryAsync(p => p.Sku, p => p.Id, ct);
            for (var i = 0; i < lines.Count; i++)
            {
                if (!products.ContainsKey(lines[i]!.Sku!.Trim()))
                {
                    errors[$"lines[{i}].sku"] = $"There is no model with SKU '{lines[i]!.Sku!.Trim()}'.";
                }
            }

            if (!string.IsNullOrWhiteSpace(order.CertificateCode))
            {
                // A code sent with an order is a guess like a balance check, under the same limits per key and per code.
                var caller = CertificateCodeLimiter.CallerOf(http.User);
                var attempt = codeLimiter.TryBegin(caller, CertificateCode.Normalize(order.CertificateCode));
                if (!attempt.Allowed)
                {
                    return TooManyCodeAttempts.Problem(http, attempt);
                }

                var certificateProblem = await orders.CertificateProblemAsync(order.CertificateCode, OrderChannel.Site, null, ct);
                if (certificateProblem != CertificateError.NotFound.Message)
                {
                    codeLimiter.Found(caller);
                }

                if (certificateProblem is not null)
                {
                    errors["certificateCode"] = certificateProblem;
                }
            }

            if (errors.Count > 0)
            {
                return Invalid(errors);
            }

            var address = order.DeliveryAddress;
            var draft = new OrderDraft
            {
                Channel = OrderChannel.Site,
                PriceBasis = PriceBasis.Gross,
                CustomerName = string.Join(' ', new[] { customer!.FirstName, customer.LastName }.Where(n => !string.IsNullOrWhiteSpace(n))) is { Length: > 0 } name ? name : customer.CompanyName,
                CustomerEmail = customer.Email,
                CustomerPhone = customer.Phone,
                CompanyName = customer.CompanyName,
                VatId = customer.VatId,
                PaymentMethod = payment,
                DeliveryMethod = delivery,
                Region = order.Region,
                Street = address?.Street,
                PostalCode = address?.PostalCode,
                City = address?.City,
                Country = address?.Country ?? "PL",
                SiteOrderId = siteOrderId,
                Notes = order.Notes,
                CertificateCode = order.CertificateCode,
                Lines = lines.Select(l => new OrderLineDraft(products[l!.Sku!.Trim()], l.Quantity)).ToList(),
            };

            // The check sees the client the order will get (the one the site means, or a new one named by
            // its e-mail) without making it.
            var known = order.Guest ? null : await clients.FindForSiteAsync(customer.SiteCustomerId, customer.Email, ct);
            var asChecked = order.Guest || known is not null
                ? draft with { ClientId = known }
                : draft with { CustomerName = draft.CustomerName ?? customer.Email ?? customer.Phone };
            if (await orders.ValidateAsync(asChecked, ct) is { Fields: { } orderFields })
            {
                foreach (var (field, message) in orderFields)
                {
                    errors.TryAdd(ApiField(field), message);
                }
            }

            var clientDraft = order.Guest ? null : ClientOf(customer, address);
            if (clientDraft is not null && ClientDraftRules.CheckForSite(clientDraft, time.GetUtcNow().UtcDateTime) is { } clientProblems)
            {
                foreach (var (field, message) in clientProblems.Errors)
                {
                    errors.TryAdd(ClientField(field), message);
                }
            }

            if (errors.Count > 0)
            {
                return Invalid(errors);
            }

            int? clientId = null;
            if (clientDraft is not null)
            {
                var ensured = await clients.EnsureAsync(clientDraft, ct);
                if (!ensured.Succeeded)
                {
                    return Invalid(ensured.Errors.ToDictionary(e => ClientField(e.Key), e => e.Value));
                }

                clientId = ensured.ClientId;
            }

            var placed = await orders.PlaceAsync(draft with { ClientId = clientId }, ct);
            if (!placed.Succeeded)
            {
                return placed.Error!.Fields is { } fields ? Invalid(fields.ToDictionary(f => ApiField(f.Key), f => f.Value)) : Problem(placed.Error);
            }

            string? stockProblem = null;
            if (placed.Value!.Created)
            {
                var confirmed = await workflow.ConfirmSiteOrderAsync(placed.Value.Id, placed.Value.Version, ct);
                stockProblem = confirmed.Error?.Message;
            }

            await using var fresh = await contexts.CreateDbContextAsync(ct);
            var saved = await fresh.Set<Order>().AsNoTracking().SingleAsync(o => o.Id == placed.Value.Id, ct);
            var status = StatusOf(saved, stockProblem) with { CertificateProblem = placed.Value.CertificateProblem };
            return placed.Value.Created
                ? Results.Created($"/api/v1/orders/{Uri.EscapeDataString(siteOrderId!)}", status)
                : Results.Ok(status);
        }
    }

    private static ClientDraft ClientOf(SiteCustomerDto customer, SiteAddressDto? address) => new()
    {
        Kind = string.IsNullOrWhiteSpace(customer.CompanyName) ? ClientKind.Person : ClientKind.Company,
        FirstName = customer.FirstName,
        LastName = customer.LastName,
        CompanyName = customer.CompanyName,
        VatId = customer.VatId,
        Email = customer.Email,
        Phone = customer.Phone,
        Street = address?.Street,
        PostalCode = address?.PostalCode,
        City = address?.City,
        Country = address?.Country ?? "PL",
        Channel = ClientChannel.Site,
        SiteCustomerId = customer.SiteCustomerId,
        MarketingConsent = customer.MarketingConsent,
    };

    private static void CheckLength(Dictionary<string, string> errors, string field, string? value, int max)
    {
        if (value?.Trim().Length > max)
        {
            errors[field] = $"At most {max} characters.";
        }
    }

    private static async Task<IResult> StatusAsync(string siteOrderId, IDbContextFactory<ShopDbContext> contexts, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var order = await db.Set<Order>().AsNoTracking().SingleOrDefaultAsync(o => o.SiteOrderId == siteOrderId, ct);
        return order is null ? Problem(OrderError.NotFound, StatusCodes.Status404NotFound) : Results.Ok(StatusOf(order, null));
    }

    private static SiteOrderStatusDto StatusOf(Order order, string? stockProblem) => new(
        order.SiteOrderId!,
        order.Number,
        order.Status.ToString(),
        order.PaymentState.ToString(),
        order.GrossMinor / 100m,
        order.PayableMinor / 100m,
        order.Currency,
        order.Carrier,
        order.TrackingNumber,
        order.PlacedAt,
        order.ShippedAt,
        order.DeliveredAt,
        order.CertificateAmountMinor / 100m,
        order.PriceBasis.ToString(),
        stockProblem);

    // The service names the fields of an OrderDraft; the shop knows the fields of the JSON it sent.
    private static readonly Dictionary<string, string> DraftFields = new()
    {
        [nameof(OrderDraft.CustomerName)] = "customer.lastName",
        [nameof(OrderDraft.CustomerEmail)] = "customer.email",
        [nameof(OrderDraft.CustomerPhone)] = "customer.phone",
        [nameof(OrderDraft.CompanyName)] = "customer.companyName",
        [nameof(OrderDraft.VatId)] = "customer.vatId",
        [nameof(OrderDraft.Street)] = "deliveryAddress.street",
        [nameof(OrderDraft.PostalCode)] = "deliveryAddress.postalCode",
        [nameof(OrderDraft.City)] = "deliveryAddress.city",
        [nameof(OrderDraft.Country)] = "deliveryAddress.country",
    };

    // "Lines[0].Quantity" in the service is "lines[0].quantity" in the JSON the shop sent, "Lines[0].ProductId" is "lines[0].sku".
    private static string ApiField(string field) =>
        DraftFields.TryGetValue(field, out var mapped)
            ? mapped
            : string.Join('.', field.Replace(".ProductId", ".Sku", StringComparison.Ordinal).Split('.').Select(part => char.ToLowerInvariant(part[0]) + part[1..]));

    private static string ClientField(string field) =>
        field is "Street" or "PostalCode" or "City" or "Country"
            ? "deliveryAddress." + char.ToLowerInvariant(field[0]) + field[1..]
            : "customer." + char.ToLowerInvariant(field[0]) + field[1..];

    private static IResult Invalid(IReadOnlyDictionary<string, string> errors) =>
        Results.ValidationProblem(
            errors.ToDictionary(e => e.Key, e => new[] { e.Value }),
            title: "The order was not placed: some fields need attention.",
            statusCode: StatusCodes.Status422UnprocessableEntity);

    private static IResult Problem(Error error, int status = StatusCodes.Status422UnprocessableEntity) =>
        Results.Problem(title: error.Message, statusCode: status, extensions: new Dictionary<string, object?> { ["reason"] = error.Code });
}
