using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using ShopCrm.Catalog.Domain;
using ShopCrm.Certificates.Contracts;
using ShopCrm.Clients.Contracts;
using ShopCrm.Core.Api;
using ShopCrm.Core.Auditing;
using ShopCrm.Core.Data;
using ShopCrm.Core.Documents;
using ShopCrm.Core.Money;
using ShopCrm.Core.Security;
using ShopCrm.Core.Time;
using ShopCrm.Core.Results;
using ShopCrm.Orders.Domain;
using ShopCrm.Orders.Contracts;

namespace ShopCrm.Orders.Services;

// Places orders from every channel: prices the lines from the catalog as they are now, numbers the order
// gaplessly per year and records it with its first status.
// Over 400 lines for now: placing (pricing, numbering, gift card, reservation) is one transaction read top
// to bottom; its validation is the next seam to move out, once the result types settle.
public sealed class OrderService(
    IDbContextFactory<ShopDbContext> contexts,
    ShopClock clock,
    ICurrentUser currentUser,
    OrderPricing pricing,
    ICertificateRedemption certificates,
    ILogger<OrderService> logger,
    CertificateCodeLimiter codeLimiter,
    PermissionGuard guard,
    IClientSummaries clients)
{
    public const string NumberSeries = "ZAM";

    // The same checks as PlaceAsync without writing anything, so a caller can refuse a whole request
    // before it writes what comes with the order (the e-shop's client).
    public async Task<Error?> ValidateAsync(OrderDraft draft, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var (errors, _, _, _) = await CheckAsync(db, draft, ct);
        return errors.Count > 0 ? Error.Invalid(errors) : null;
    }

    public async Task<Result<PlacedOrder>> PlaceAsync(OrderDraft draft, CancellationToken ct = default)
    {
        await guard.EnsureAnyAsync(OrderPermissions.Edit, OrderPermissions.SitePlace);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var siteOrderId = Trimmed(draft.SiteOrderId);
        if (siteOrderId is not null && await FindSiteOrderAsync(db, siteOrderId, ct) is { } existing)
        {
            return Result<PlacedOrder>.Ok(existing);
        }

        var (errors, products, client, basis) = await CheckAsync(db, draft, ct);
        var companyName = Trimmed(draft.CompanyName) ?? client?.CompanyName;
        var vatId = Trimmed(draft.VatId) ?? client?.VatId;
        if (errors.Count > 0)
        {
            return Result<PlacedOrder>.Fail(Error.Invalid(errors));
        }

        if ((draft.OrderDiscountMinor > 0 || draft.Lines.Any(l => l.LineDiscountMinor > 0)) && !await MayDiscountAsync())
        {
            return Result<PlacedOrder>.Fail(OrderError.DiscountNotAllowed);
        }

        var context = new OrderDiscountContext(
            draft.ClientId,
            draft.Channel,
            draft.Lines.Select(l => new OrderDiscountContextLine(l.ProductId, l.Quantity, products[l.ProductId].NetPriceMinor, products[l.ProductId].VatRatePercent, products[l.ProductId].GrossPriceMinor)).ToList(),
            basis);
        var (priced, _) = await pricing.PriceAsync(context, draft.Lines.Select(l => l.LineDiscountMinor).ToList(), draft.OrderDiscountMinor, 0, ct);

        var now = clock.UtcNow;
        var certificateCode = Trimmed(draft.CertificateCode);
        if (certificateCode is not null && await CertificateProblemAsync(certificateCode, draft.Channel, priced.GrossMinor, ct) is { } certificateProblem)
        {
            return Result<PlacedOrder>.Fail(Error.Invalid(nameof(OrderDraft.CertificateCode), certificateProblem));
        }

        var customerName = Trimmed(draft.CustomerName) ?? client!.DisplayName;
        var usesClientAddress = Trimmed(draft.Street) is null && client is not null;
        var order = new Order
        {
            Number = "",
            Channel = draft.Channel,
            Status = OrderStatus.New,
            ClientId = client?.Id,
            CustomerName = customerName,
            CustomerEmail = Trimmed(draft.CustomerEmail) ?? client?.Email,
            CustomerPhone = ContactNormalizer.Phone(draft.CustomerPhone) ?? Trimmed(draft.CustomerPhone) ?? client?.Phone,
            CompanyName = companyName,
            VatId = vatId,
            PaymentMethod = draft.PaymentMethod,
            PaymentState = PaymentState.Unpaid,
            DeliveryMethod = draft.DeliveryMethod,
            Region = Trimmed(draft.Region) ?? (usesClientAddress ? client!.Region : null),
            Street = usesClientAddress ? client!.Street : Trimmed(draft.Street),
            PostalCode = usesClientAddress ? client!.PostalCode : Trimmed(draft.PostalCode),
            City = usesClientAddress ? client!.City : Trimmed(draft.City),
            Country = usesClientAddress ? client!.Country : draft.Country,
            SiteOrderId = siteOrderId,
            Notes = Trimmed(draft.Notes),
            Currency = "PLN",
            PriceBasis = basis,
            PlacedAt = now,
            UpdatedAt = now,
        };
        Apply(order, priced);
        for (var i = 0; i < draft.Lines.Count; i++)
        {
            var product = products[draft.Lines[i].ProductId];
            var line = priced.Lines[i];
            order.Lines.Add(new OrderLine
            {
                Position = i + 1,
                ProductId = product.Id,
                Sku = product.Sku,
                Name = product.Name,
                Quantity = draft.Lines[i].Quantity,
                UnitNetMinor = product.NetPriceMinor,
                UnitGrossMinor = line.UnitGrossMinor,
                VatRatePercent = product.VatRatePercent,
                LineDiscountMinor = line.LineDiscountMinor,
                OrderDiscountShareMinor = line.OrderDiscountShareMinor,
                NetMinor = line.NetMinor,
                VatMinor = line.VatMinor,
                GrossMinor = line.GrossMinor,
                BackorderAllowed = draft.Lines[i].BackorderAllowed,
            });
        }

        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var year = clock.ToLocal(now).Year;
            order.Number = DocumentNumbers.Format(NumberSeries, year, await DocumentNumbers.NextAsync(db, NumberSeries, year, ct));
            db.Add(order);
            await db.SaveChangesAsync(ct);
            db.Add(new OrderStatusChange { OrderId = order.Id, From = null, To = OrderStatus.New, At = now, ChangedBy = currentUser.UserName });
            db.AddEvent(new OrderPlaced(order.Id, order.Number, order.ClientId, now, order.Channel, order.GrossMinor, order.Lines.Count));
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch (DbUpdateException) when (siteOrderId is not null)
        {
            // The same site order arrived twice at once; the other request made it.
            await using var fresh = await contexts.CreateDbContextAsync(ct);
            if (await FindSiteOrderAsync(fresh, siteOrderId, ct) is { } made)
            {
                return Result<PlacedOrder>.Ok(made);
            }

            throw;
        }

        if (certificateCode is null)
        {
            return Result<PlacedOrder>.Ok(new PlacedOrder(order.Id, order.Number, order.Version, Created: true));
        }

        // Checked above, so this fails only when the card was spent elsewhere in the meantime: the order
        // stands, payable in full, and the caller is told why.
        var applied = await ApplyCheckedCertificateAsync(order.Id, order.Version, certificateCode, ct);
        if (!applied.Succeeded)
        {
            logger.LogWarning("Gift card could not pay for the new order {Order}: {Error}", order.Number, applied.Error!.Message);
        }

        return Result<PlacedOrder>.Ok(new PlacedOrder(order.Id, order.Number, applied.Succeeded ? applied.Value : order.Version, Created: true)
        {
            CertificateProblem = applied.Error?.Message,
        });
    }

    // Pays part of an unpaid order with a gift card: the card's balance (up to the order's gross) is held for
    // the order now, spent when the order is paid and given back if it is cancelled. A card that pays the
    // whole gross pays the order: it is paid now and the hold is spent.
    // A code typed by staff counts against the same guessing limits as the site's (CertificateCodeLimiter).
    public async Task<Result<int>> ApplyCertificateAsync(long orderId, int expectedVersion, string code, CancellationToken ct = default)
    {
        await guard.EnsureAsync(OrderPermissions.Edit);
        var caller = CertificateCodeLimiter.CallerOf(currentUser.Principal);
        var attempt = codeLimiter.TryBegin(caller, CertificateCode.Normalize(code));
        if (!attempt.Allowed)
        {
            return Result<int>.Fail(Error.Invalid(nameof(Order.CertificateCode), attempt.RefusalMessage));
        }

        var applied = await ApplyCheckedCertificateAsync(orderId, expectedVersion, code, ct);
        if (applied.Error?.Message != CertificateError.NotFound.Message)
        {
            codeLimiter.Found(caller);
        }

        return applied;
    }

    // For a code the caller's limits were already charged for (the site order API checks it before placing).
    private async Task<Result<int>> ApplyCheckedCertificateAsync(long orderId, int expectedVersion, string code, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var order = await db.Set<Order>().SingleOrDefaultAsync(o => o.Id == orderId, ct);
        if (order is null)
        {
            return Result<int>.Fail(OrderError.NotFound);
        }

        if (order.Version != expectedVersion)
        {
            return Result<int>.Fail(OrderError.Conflict);
        }

        const string field = nameof(Order.CertificateCode);
        if (order.Status is not (OrderStatus.New or OrderStatus.Confirmed) || order.IsPaid)
        {
            return Result<int>.Fail(Error.Invalid(field, "A gift card can only pay for an order that is not paid or dispatched yet."));
        }

        if (order.CertificateCode is not null)
        {
            return Result<int>.Fail(Error.Invalid(field, "This order is already paid in part with a gift card."));
        }

        var normalized = CertificateCode.Normalize(code);
        var card = normalized is null ? CertificateCheck.NotFound : await certificates.CheckAsync(normalized, SalesChannelOf(order.Channel), null, ct);
        if (!card.Found)
        {
            return Result<int>.Fail(Error.Invalid(field, CertificateError.NotFound.Message));
        }

        if (card.BalanceMinor <= 0)
        {
            return Result<int>.Fail(Error.Invalid(field, CertificateError.UsedUp.Message));
        }

        // Up to the order's gross: a card another order is paying with at this moment pays what it has left.
        var reserved = await certificates.ReserveUpToAsync(normalized!, order.Number, order.GrossMinor, SalesChannelOf(order.Channel), ct);
        if (!reserved.Succeeded)
        {
            return Result<int>.Fail(Error.Invalid(field, reserved.Error!.Message));
        }

        var now = clock.UtcNow;
        order.CertificateCode = normalized;
        order.CertificateAmountMinor = reserved.Value!.AmountMinor;
        order.PayableMinor = order.GrossMinor - order.CertificateAmountMinor;
        order.UpdatedAt = now;
        if (order.PayableMinor == 0)
        {
            // Nothing is left to pay, so the card's payment is the order's payment (and OrderGiftCards spends the hold).
            order.RecordPayment(now);
        }

        db.Entry(order).Property(o => o.Version).OriginalValue = expectedVersion;
        order.Version = expectedVersion + 1;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            await certificates.ReleaseAsync(normalized!, order.Number, ct);
            return Result<int>.Fail(OrderError.Conflict);
        }

        return Result<int>.Ok(order.Version);
    }

    public static SalesChannel SalesChannelOf(OrderChannel channel) => channel switch
    {
        OrderChannel.Site => SalesChannel.Online,
        OrderChannel.Store => SalesChannel.Store,
        OrderChannel.SalesRep => SalesChannel.SalesRep,
        _ => SalesChannel.Phone,
    };

    // Why a gift card cannot pay for an order from this channel, or null when it can. Without the order's
    // gross the whole-balance rule is left to placing, which knows the price.
    public async Task<string?> CertificateProblemAsync(string code, OrderChannel channel, long? grossMinor, CancellationToken ct = default) =>
        (await certificates.CheckAsync(code, SalesChannelOf(channel), grossMinor, ct)).Problem?.Message;

    internal static void Apply(Order order, PricedOrder priced)
    {
        order.NetMinor = priced.NetMinor;
        order.VatMinor = priced.VatMinor;
        order.GrossMinor = priced.GrossMinor;
        order.OrderDiscountMinor = priced.OrderDiscountMinor;
        order.CertificateAmountMinor = priced.CertificateAmountMinor;
        order.PayableMinor = priced.PayableMinor;
    }

    // A model's price in a basis: its shelf gross, or its net.
    internal static long UnitPriceOf(Product product, PriceBasis basis) =>
        basis == PriceBasis.Gross ? product.GrossPriceMinor : product.NetPriceMinor;

    private Task<bool> MayDiscountAsync() =>
        guard.HasAsync(OrderPermissions.Discount);

    // Every rule an order must meet before anything is written, for every channel, with errors named by
    // field. The e-shop may order only what it shows: published models with a price.
    private async Task<(Dictionary<string, string> Errors, Dictionary<int, Product> Products, ClientSummary? Client, PriceBasis Basis)> CheckAsync(
        ShopDbContext db, OrderDraft draft, CancellationToken ct)
    {
        var errors = new Dictionary<string, string>();
        if (draft.Lines.Count > InputLimits.MaxOrderLines)
        {
            errors["Lines"] = $"An order has at most {InputLimits.MaxOrderLines} lines.";
            return (errors, [], null, PriceBasis.Gross);
        }

        var client = draft.ClientId is { } clientId
            ? await clients.Query(db).SingleOrDefaultAsync(c => c.Id == clientId, ct)
            : null;
        var forCompany = (Trimmed(draft.CompanyName) ?? client?.CompanyName) is not null || (Trimmed(draft.VatId) ?? client?.VatId) is not null;
        var basis = draft.PriceBasis ?? OrderPriceBasis.DefaultFor(draft.Channel, forCompany);
        if (!Enum.IsDefined(basis))
        {
            errors[nameof(OrderDraft.PriceBasis)] = "Price the order from the gross (shelf prices) or from the net.";
        }
        else if (basis == PriceBasis.Net && !forCompany)
        {
            errors[nameof(OrderDraft.PriceBasis)] = "Net prices are agreed with companies: choose a company client or give the company's name, or price the order at the shelf (gross).";
        }

        if (draft.Lines.Count == 0)
        {
            errors["Lines"] = "Add at least one model to the order.";
        }

        var productIds = draft.Lines.Select(l => l.ProductId).Distinct().ToList();
        var products = await db.Set<Product>().AsNoTracking().Where(p => productIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        for (var i = 0; i < draft.Lines.Count; i++)
        {
            var line = draft.Lines[i];
            if (line.Quantity is <= 0 or > InputLimits.MaxLineQuantity)
            {
                errors[$"Lines[{i}].Quantity"] = $"The quantity must be a whole number from 1 to {InputLimits.MaxLineQuantity}.";
            }

            if (!products.TryGetValue(line.ProductId, out var product) || product.Status is ProductStatus.Archived || product.MergedIntoId is not null)
            {
                errors[$"Lines[{i}].ProductId"] = "This model does not exist or is no longer sold.";
            }
            else if (draft.Channel == OrderChannel.Site && (product.Status != ProductStatus.Active || product.NetPriceMinor <= 0 || product.GrossPriceMinor <= 0))
            {
                errors[$"Lines[{i}].ProductId"] = "This model is not on sale in the e-shop.";
            }

            if (line.LineDiscountMinor < 0 || (product is not null && line.LineDiscountMinor > UnitPriceOf(product, basis) * Math.Max(line.Quantity, 0)))
            {
                errors[$"Lines[{i}].LineDiscountMinor"] = "A discount cannot be negative or larger than the line.";
            }
        }

        if (draft.OrderDiscountMinor is < 0 or > InputLimits.MaxAmountMinor)
        {
            errors[nameof(OrderDraft.OrderDiscountMinor)] = "A discount cannot be negative or larger than the order.";
        }

        CheckLength(errors, nameof(OrderDraft.CustomerName), draft.CustomerName, 200);
        CheckLength(errors, nameof(OrderDraft.CustomerEmail), draft.CustomerEmail, 256);
        CheckLength(errors, nameof(OrderDraft.CustomerPhone), draft.CustomerPhone, 32);
        CheckLength(errors, nameof(OrderDraft.CompanyName), draft.CompanyName, 200);
        CheckLength(errors, nameof(OrderDraft.VatId), draft.VatId, 32);
        CheckLength(errors, nameof(OrderDraft.Region), draft.Region, 100);
        CheckLength(errors, nameof(OrderDraft.Street), draft.Street, 200);
        CheckLength(errors, nameof(OrderDraft.PostalCode), draft.PostalCode, 16);
        CheckLength(errors, nameof(OrderDraft.City), draft.City, 100);
        CheckLength(errors, nameof(OrderDraft.Country), draft.Country, 2);
        CheckLength(errors, nameof(OrderDraft.SiteOrderId), draft.SiteOrderId, 64);
        CheckLength(errors, nameof(OrderDraft.CertificateCode), draft.CertificateCode, 64);
        CheckLength(errors, nameof(OrderDraft.Notes), draft.Notes, InputLimits.MaxNoteLength);

        if (draft.ClientId is not null && client is null)
        {
            errors[nameof(OrderDraft.ClientId)] = "There is no such client.";
        }

        if (Trimmed(draft.CustomerName) is null && client is null)
        {
            errors.TryAdd(nameof(OrderDraft.CustomerName), "Enter the customer's name or choose a client.");
        }

        if (draft.DeliveryMethod != DeliveryMethod.StorePickup && (Trimmed(draft.Street) ?? client?.Street) is null)
        {
            errors.TryAdd(nameof(OrderDraft.Street), "Enter the delivery address, or choose pickup in the store.");
        }

        return (errors, products, client, basis);
    }

    private static void CheckLength(Dictionary<string, string> errors, string field, string? value, int max)
    {
        if (value?.Trim().Length > max)
        {
            errors[field] = $"At most {max} characters.";
        }
    }

    private static async Task<PlacedOrder?> FindSiteOrderAsync(ShopDbContext db, string siteOrderId, CancellationToken ct) =>
        await db.Set<Order>().AsNoTracking()
            .Where(o => o.SiteOrderId == siteOrderId)
            .Select(o => new PlacedOrder(o.Id, o.Number, o.Version, false))
            .SingleOrDefaultAsync(ct);

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
