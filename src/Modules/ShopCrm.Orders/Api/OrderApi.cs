using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using ShopCrm.Catalog.Domain;
using ShopCrm.Certificates.Api;
using ShopCrm.Certificates.Services;
using ShopCrm.Clients.Domain;
using ShopCrm.Clients.Services;
using ShopCrm.Core.Data;
using ShopCrm.Core.Money;
using ShopCrm.Core.Security;
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

    private static async Task<IResult> PlaceAsync(
        SiteOrderDto order, OrderService orders, OrderWorkflow workflow, IClientDirectory clients, IDbContextFactory<ShopDbContext> contexts,
        TimeProvider time, HttpContext http, CertificateCodeLimiter codeLimiter, CancellationToken ct)
    {
        var errors = new Dictionary<string, string>();
        var siteOrderId = order.SiteOrderId?.Trim();
        if (string.IsNullOrEmpty(siteOrderId) || siteOrderId.Length > 64)
        {
            errors["siteOrderId"] = "Send the e-shop's order id (up to 64 characters).";
        }

        if (!Enum.TryParse<PaymentMethod>(order.PaymentMethod, ignoreCase: true, out var payment) || !Enum.IsDefined(payment))
        {
            errors["paymentMethod"] = "Use Online, CashOnDelivery, BankTransfer or CashInStore.";
        }

        if (!Enum.TryParse<DeliveryMethod>(order.DeliveryMethod, ignoreCase: true, out var delivery) || !Enum.IsDefined(delivery))
        {
            errors["deliveryMethod"] = "Use Courier, ParcelLocker, Post or StorePickup.";
        }

        if (order.Customer is null)
        {
            errors["customer"] = "Send the customer.";
        }

        var lines = order.Lines ?? [];
        if (lines.Count == 0)
        {
            errors["lines"] = "Send at least one line.";
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

            var skus = lines.Select(l => l.Sku?.Trim() ?? "").Distinct().ToList();
            var products = await db.Set<Product>().AsNoTracking().Where(p => skus.Contains(p.Sku)).ToDictionaryAsync(p => p.Sku, p => p.Id, ct);
            for (var i = 0; i < lines.Count; i++)
            {
                if (!products.ContainsKey(lines[i].Sku?.Trim() ?? ""))
                {
                    errors[$"lines[{i}].sku"] = $"There is no model with SKU '{lines[i].Sku}'.";
                }
            }

            if (!string.IsNullOrWhiteSpace(order.CertificateCode))
            {
                // A code sent with an order is a guess like a balance check, under the same limits per key and per code.
                var caller = CertificateLookup.CallerOf(http.User);
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

            var customer = order.Customer!;
            var address = order.DeliveryAddress;
            var clientDraft = order.Guest ? null : new ClientDraft
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
            var orderDraft = new OrderDraft
            {
                Channel = OrderChannel.Site,
                PriceBasis = PriceBasis.Gross,
                CustomerName = string.Join(' ', new[] { customer.FirstName, customer.LastName }.Where(n => !string.IsNullOrWhiteSpace(n))) is { Length: > 0 } name ? name : customer.CompanyName,
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
                Lines = lines.Select(l => new OrderLineDraft(products[l.Sku!.Trim()], l.Quantity)).ToList(),
            };

            // The whole order is checked before its customer is matched or written: a refused order must
            // leave no client behind and change no client's details. The check sees the client the order
            // will get (the one the site means, or a new one named by e-mail) without making it.
            var customerErrors = clientDraft is null ? null : ClientDraftRules.CheckForSite(clientDraft, time.GetUtcNow().UtcDateTime);
            var known = clientDraft is null ? null : await clients.FindForSiteAsync(customer.SiteCustomerId, customer.Email, ct);
            var asChecked = clientDraft is null || known is not null ? orderDraft with { ClientId = known } : orderDraft with { CustomerName = orderDraft.CustomerName ?? customer.Email ?? customer.Phone };
            var refused = await orders.CheckAsync(asChecked, ct);
            if (refused is { Fields: null })
            {
                return Problem(refused);
            }

            if (customerErrors is not null || refused is not null)
            {
                var fields = customerErrors is null ? new Dictionary<string, string>() : CustomerErrors(customerErrors);
                if (refused is not null)
                {
                    foreach (var (field, message) in OrderErrors(refused))
                    {
                        fields[field] = message;
                    }
                }

                return Invalid(fields);
            }

            int? clientId = null;
            if (clientDraft is not null)
            {
                var ensured = await clients.EnsureAsync(clientDraft, ct);
                if (!ensured.Succeeded)
                {
                    return Invalid(CustomerErrors(ensured));
                }

                clientId = ensured.ClientId;
            }

            var placed = await orders.PlaceAsync(orderDraft with { ClientId = clientId }, ct);
            if (!placed.Succeeded)
            {
                return Refused(placed.Error!);
            }

            string? stockProblem = null;
            if (placed.Value!.Created)
            {
                var confirmed = await workflow.ChangeStatusAsync(new OrderStatusRequest(placed.Value.Id, placed.Value.Version, OrderStatus.Confirmed), ct);
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

    private static Dictionary<string, string> CustomerErrors(ClientSaveResult result) =>
        result.Errors.ToDictionary(e => $"customer.{char.ToLowerInvariant(e.Key[0])}{e.Key[1..]}", e => e.Value);

    private static Dictionary<string, string> OrderErrors(OrderError error) => error.Fields!.ToDictionary(f => ApiField(f.Key), f => f.Value);

    private static IResult Refused(OrderError error) => error.Fields is null ? Problem(error) : Invalid(OrderErrors(error));

    // "Lines[0].Quantity" in the service is "lines[0].quantity" in the JSON the shop sent.
    private static string ApiField(string field) =>
        string.Join('.', field.Split('.').Select(part => char.ToLowerInvariant(part[0]) + part[1..]));

    private static IResult Invalid(IReadOnlyDictionary<string, string> errors) =>
        Results.ValidationProblem(
            errors.ToDictionary(e => e.Key, e => new[] { e.Value }),
            title: "The order was not placed: some fields need attention.",
            statusCode: StatusCodes.Status422UnprocessableEntity);

    private static IResult Problem(OrderError error, int status = StatusCodes.Status422UnprocessableEntity) =>
        Results.Problem(title: error.Message, statusCode: status, extensions: new Dictionary<string, object?> { ["reason"] = error.Code });
}
