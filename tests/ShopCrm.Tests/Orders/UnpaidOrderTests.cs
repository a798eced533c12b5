using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ShopCrm.Core.Data;
using ShopCrm.Core.Outbox;
using ShopCrm.Orders.Domain;
using ShopCrm.Orders.Services;
using ShopCrm.Orders.Services.Unpaid;
using ShopCrm.Tests.Core.Email;
using ShopCrm.Tests.Infrastructure;

namespace ShopCrm.Tests.Orders;

public sealed class UnpaidOrderTests(SmtpServerFixture smtp) : IClassFixture<SmtpServerFixture>
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task An_unpaid_transfer_order_is_reminded_once_and_later_cancelled_with_its_stock_back(DatabaseProvider provider)
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 3, 10, 9, 0, 0, TimeSpan.Zero));
        await using var shop = await OrderFixture.StartAsync(provider, clock: clock, settings: new Dictionary<string, string?>
        {
            ["Email:Mode"] = "Smtp",
            ["Email:Host"] = "127.0.0.1",
            ["Email:Port"] = smtp.Port.ToString(CultureInfo.InvariantCulture),
            ["Email:FromAddress"] = "sklep@shopcrm.test",
            ["Orders:Unpaid:ReminderAfterDays"] = "3",
            ["Orders:Unpaid:CancelAfterDays"] = "7",
        });
        var transferEmail = $"transfer-{Guid.NewGuid():N}@example.test";
        var transfer = await shop.PlaceAsync(OneTime(shop, PaymentMethod.BankTransfer, transferEmail, "Łucja Żmuda"));
        await shop.MoveAsync(transfer.Id, OrderStatus.Confirmed);
        var cashOnDelivery = await shop.PlaceAsync(OneTime(shop, PaymentMethod.CashOnDelivery, $"cod-{Guid.NewGuid():N}@example.test", "Jan Nowak"));
        var paidOnline = await shop.PlaceAsync(OneTime(shop, PaymentMethod.Online, $"paid-{Guid.NewGuid():N}@example.test", "Ewa Lis"));
        await shop.MoveAsync(paidOnline.Id, OrderStatus.Confirmed);
        await shop.MoveAsync(paidOnline.Id, OrderStatus.Paid);
        Assert.Equal((10, 2), await shop.StockAsync(shop.Reel));

        clock.Advance(TimeSpan.FromDays(2));
        Assert.Equal((0, 0), await RunAsync(shop));

        clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromHours(1));
        Assert.Equal((1, 0), await RunAsync(shop));
        Assert.Equal((0, 0), await RunAsync(shop));
        await DeliverMailAsync(shop);
        var reminder = Assert.Single(await smtp.MailsToAsync(transferEmail, 1));
        Assert.Contains("is waiting for payment", reminder.Header("Subject"));
        Assert.Contains(transfer.Number, reminder.Header("Subject"));
        Assert.Equal(OrderStatus.Confirmed, (await shop.LoadAsync(transfer.Id)).Status);

        clock.Advance(TimeSpan.FromDays(4));
        Assert.Equal((0, 1), await RunAsync(shop));
        Assert.Equal((0, 0), await RunAsync(shop));
        await DeliverMailAsync(shop);
        var mails = await smtp.MailsToAsync(transferEmail, 2);
        Assert.Single(mails, m => m.Header("Subject")!.Contains("has been cancelled", StringComparison.Ordinal));
        Assert.Equal(OrderStatus.Cancelled, (await shop.LoadAsync(transfer.Id)).Status);
        Assert.Equal((10, 1), await shop.StockAsync(shop.Reel));
        Assert.Equal(OrderStatus.New, (await shop.LoadAsync(cashOnDelivery.Id)).Status);
        Assert.Equal(OrderStatus.Paid, (await shop.LoadAsync(paidOnline.Id)).Status);
        Assert.Contains(await shop.ChangesAsync(transfer.Id), c => c.To == OrderStatus.Cancelled && c.Note == "Not paid within 7 days");
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_run_that_cancels_an_order_sends_no_reminder_with_a_deadline_already_passed(DatabaseProvider provider)
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 3, 10, 9, 0, 0, TimeSpan.Zero));
        await using var shop = await OrderFixture.StartAsync(provider, clock: clock, settings: new Dictionary<string, string?>
        {
            ["Orders:Unpaid:ReminderAfterDays"] = "3",
            ["Orders:Unpaid:CancelAfterDays"] = "7",
        });
        var email = $"late-{Guid.NewGuid():N}@example.test";
        var late = await shop.PlaceAsync(OneTime(shop, PaymentMethod.BankTransfer, email, "Olga Wrona"));
        clock.Advance(TimeSpan.FromDays(4));
        var reminded = await shop.PlaceAsync(OneTime(shop, PaymentMethod.BankTransfer, $"due-{Guid.NewGuid():N}@example.test", "Piotr Sowa"));

        // The job did not run for days (the app was down): one order is past its day, the other is not yet.
        clock.Advance(TimeSpan.FromDays(4));
        Assert.Equal((1, 1), await RunAsync(shop));

        Assert.Equal(OrderStatus.Cancelled, (await shop.LoadAsync(late.Id)).Status);
        Assert.Equal(OrderStatus.New, (await shop.LoadAsync(reminded.Id)).Status);
        await using var check = await shop.Host.NewContextAsync();
        var mails = await check.OutboxMessages.AsNoTracking().Where(m => m.Payload.Contains(email)).Select(m => m.Payload).ToListAsync();
        var mail = Assert.Single(mails);
        Assert.Contains("has been cancelled", mail);
        Assert.DoesNotContain("waiting for payment", mail);
    }

    private static ShopCrm.Orders.Services.OrderDraft OneTime(OrderFixture shop, PaymentMethod payment, string email, string name) => shop.Draft() with
    {
        ClientId = null,
        CustomerName = name,
        CustomerEmail = email,
        Street = "ul. Długa 1",
        PostalCode = "00-001",
        City = "Warszawa",
        PaymentMethod = payment,
    };

    private static async Task<(int, int)> RunAsync(OrderFixture shop)
    {
        await using var scope = shop.Host.Services.CreateAsyncScope();
        var run = await scope.ServiceProvider.GetRequiredService<UnpaidOrders>().RunAsync();
        await shop.DeliverEventsAsync();
        return run;
    }

    private static async Task DeliverMailAsync(OrderFixture shop)
    {
        await using var scope = shop.Host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<OutboxDeliveryJob>().DeliverDueAsync(CancellationToken.None);
    }
}
