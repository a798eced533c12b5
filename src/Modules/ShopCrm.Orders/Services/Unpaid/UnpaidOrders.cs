using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ShopCrm.Core.Company;
using ShopCrm.Core.Data;
using ShopCrm.Core.Email;
using ShopCrm.Core.Formatting;
using ShopCrm.Core.Money;
using ShopCrm.Core.Time;
using ShopCrm.Orders.Domain;
using ShopCrm.Orders.Mail;

namespace ShopCrm.Orders.Services.Unpaid;

// Chases orders that wait for money. The reminder is claimed by inserting the order's OrderPaymentReminders
// row in the same transaction that queues the mail: a second run, or a second instance racing this one,
// hits the primary key and sends nothing. Cancelling goes through OrderWorkflow, so the reserved stock is
// released and the order's timeline says why; the mail about it is queued only after the cancel succeeded.
public sealed class UnpaidOrders(
    IDbContextFactory<ShopDbContext> contexts,
    OrderWorkflow workflow,
    EmailTemplateRenderer renderer,
    ShopClock clock,
    IOptions<UnpaidOrderOptions> options,
    ILogger<UnpaidOrders> logger)
{
    private const int Batch = 500;

    public async Task<(int Reminded, int Cancelled)> RunAsync(CancellationToken ct = default)
    {
        if (!options.Value.Enabled)
        {
            return (0, 0);
        }

        return (await RemindAsync(ct), await CancelAsync(ct));
    }

    public async Task<int> RemindAsync(CancellationToken ct = default)
    {
        var now = clock.UtcNow;
        var placedBefore = now.AddDays(-options.Value.ReminderAfterDays);

        // The reminder names the day the order is cancelled: an order whose day has come is cancelled, not
        // reminded of a deadline that has passed.
        var cancelledIfPlacedBefore = now.AddDays(-options.Value.CancelAfterDays);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var due = await Unpaid(db)
            .Where(o => o.PlacedAt <= placedBefore && o.PlacedAt > cancelledIfPlacedBefore && !db.Set<OrderPaymentReminder>().Any(r => r.OrderId == o.Id))
            .OrderBy(o => o.PlacedAt)
            .Take(Batch)
            .ToListAsync(ct);
        var shop = await ShopAsync(db, ct);
        var reminded = 0;
        foreach (var order in due)
        {
            db.ChangeTracker.Clear();
            db.Add(new OrderPaymentReminder { OrderId = order.Id, RemindedAt = now });
            if (!string.IsNullOrWhiteSpace(order.CustomerEmail))
            {
                db.EnqueueEmail(await ReminderAsync(order, shop), now);
            }

            try
            {
                await db.SaveChangesAsync(ct);
                reminded++;
            }
            catch (DbUpdateException)
            {
                logger.LogInformation("The payment reminder of {Order} was already sent by another run.", order.Number);
            }
        }

        return reminded;
    }

    public async Task<int> CancelAsync(CancellationToken ct = default)
    {
        var now = clock.UtcNow;
        var placedBefore = now.AddDays(-options.Value.CancelAfterDays);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var due = await Unpaid(db)
            .Where(o => o.PlacedAt <= placedBefore)
            .OrderBy(o => o.PlacedAt)
            .Take(Batch)
            .ToListAsync(ct);
        var shop = await ShopAsync(db, ct);
        var cancelled = 0;
        foreach (var order in due)
        {
            var result = await workflow.ChangeStatusAsync(
                new OrderStatusRequest(order.Id, order.Version, OrderStatus.Cancelled) { Note = $"Not paid within {options.Value.CancelAfterDays} days" }, ct);
            if (!result.Succeeded)
            {
                // Paid or edited in the meantime: the next run looks at it again as it is then.
                logger.LogInformation("Unpaid order {Order} was not cancelled: {Error}", order.Number, result.Error!.Message);
                continue;
            }

            db.ChangeTracker.Clear();
            var reminder = await db.Set<OrderPaymentReminder>().SingleOrDefaultAsync(r => r.OrderId == order.Id, ct);
            if (reminder is null)
            {
                db.Add(new OrderPaymentReminder { OrderId = order.Id, RemindedAt = now, CancelledAt = now });
            }
            else
            {
                reminder.CancelledAt = now;
            }

            if (!string.IsNullOrWhiteSpace(order.CustomerEmail))
            {
                db.EnqueueEmail(await CancelledAsync(order, shop), now);
            }

            await db.SaveChangesAsync(ct);
            cancelled++;
        }

        return cancelled;
    }

    // Only methods paid before dispatch are chased, and only while nothing has happened to the order yet.
    private static IQueryable<Order> Unpaid(ShopDbContext db) => db.Set<Order>().AsNoTracking().Where(o =>
        (o.PaymentMethod == PaymentMethod.Online || o.PaymentMethod == PaymentMethod.BankTransfer)
        && o.PaymentState == PaymentState.Unpaid
        && o.PayableMinor > 0
        && (o.Status == OrderStatus.New || o.Status == OrderStatus.Confirmed));

    private static async Task<CompanyProfile> ShopAsync(ShopDbContext db, CancellationToken ct) =>
        await db.CompanyProfiles.AsNoTracking().FirstOrDefaultAsync(ct) ?? new CompanyProfile { Name = "ShopCrm" };

    private async Task<EmailMessage> ReminderAsync(Order order, CompanyProfile shop)
    {
        var placed = clock.ToLocal(order.PlacedAt);
        var html = await renderer.RenderAsync<PaymentReminderMail>(new Dictionary<string, object?>
        {
            [nameof(PaymentReminderMail.ShopName)] = shop.Name,
            [nameof(PaymentReminderMail.CustomerName)] = order.CustomerName,
            [nameof(PaymentReminderMail.OrderNumber)] = order.Number,
            [nameof(PaymentReminderMail.Amount)] = new Money(order.PayableMinor, order.Currency).Format(),
            [nameof(PaymentReminderMail.PlacedOn)] = DocumentFormat.Date(placed),
            [nameof(PaymentReminderMail.CancelOn)] = DocumentFormat.Date(placed.AddDays(options.Value.CancelAfterDays)),
            [nameof(PaymentReminderMail.BankAccount)] = order.PaymentMethod == PaymentMethod.BankTransfer ? shop.BankAccount : null,
        });
        return new EmailMessage
        {
            To = [new EmailAddress(order.CustomerEmail!, order.CustomerName)],
            Subject = $"{shop.Name}: order {order.Number} is waiting for payment",
            HtmlBody = html,
        };
    }

    private async Task<EmailMessage> CancelledAsync(Order order, CompanyProfile shop)
    {
        var html = await renderer.RenderAsync<UnpaidOrderCancelledMail>(new Dictionary<string, object?>
        {
            [nameof(UnpaidOrderCancelledMail.ShopName)] = shop.Name,
            [nameof(UnpaidOrderCancelledMail.CustomerName)] = order.CustomerName,
            [nameof(UnpaidOrderCancelledMail.OrderNumber)] = order.Number,
            [nameof(UnpaidOrderCancelledMail.PlacedOn)] = DocumentFormat.Date(clock.ToLocal(order.PlacedAt)),
        });
        return new EmailMessage
        {
            To = [new EmailAddress(order.CustomerEmail!, order.CustomerName)],
            Subject = $"{shop.Name}: order {order.Number} has been cancelled",
            HtmlBody = html,
        };
    }
}
