using Microsoft.Extensions.DependencyInjection;
using ShopCrm.BrowserTests.Infrastructure;
using ShopCrm.BrowserTests.Pages;
using ShopCrm.Core.Outbox;
using ShopCrm.Core.Security;
using ShopCrm.Orders.Domain;
using ShopCrm.Orders.Services;
using ShopCrm.Orders.Services.Unpaid;

namespace ShopCrm.BrowserTests;

[Collection(DaysLaterCollection.Name)]
public sealed class UnpaidOrderTests(BrowserApp app)
{
    [Fact]
    public async Task An_unpaid_transfer_order_is_reminded_then_cancelled_and_its_stock_comes_back()
    {
        var run = Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var sku = $"PRZ-{run}";
        var email = $"halina.{run.ToLowerInvariant()}@example.pl";
        var productId = await OrderSeed.ModelAsync(app.Services, run, sku, 5);
        var placed = await app.Services.GetRequiredService<OrderService>().PlaceAsync(new OrderDraft
        {
            CustomerName = $"Halina Przelew {run}",
            CustomerEmail = email,
            PaymentMethod = PaymentMethod.BankTransfer,
            Street = "ul. Mostowa 8",
            PostalCode = "87-100",
            City = "Toruń",
            Lines = [new OrderLineDraft(productId, 2)],
        });
        Assert.True(placed.Succeeded, placed.Error?.Message);
        var number = placed.Value!.Number;

        await using (var session = await app.OpenSessionAsync())
        {
            var card = await OpenCardAsync(session, placed.Value.Id, number);
            await card.Step("Confirm (reserve stock)").ClickAsync();
            await Expect(card.Status).ToContainTextAsync("Confirmed");
            await Expect(card.Status).ToContainTextAsync("Bank transfer");
            Assert.Equal((5, 2), await OrderSeed.StockAsync(app.Services, productId));
            await Screenshots.SaveAsync(session.Page, "ordermanager-unpaid-order-confirmed");
            Assert.Empty(session.BrowserErrors);
        }

        app.Clock.Advance(TimeSpan.FromDays(3) + TimeSpan.FromHours(1));
        await RunUnpaidOrdersJobAsync(app);
        var reminder = Assert.Single(await app.Mail.MailsToAsync(email, 1));
        Assert.Contains($"order {number} is waiting for payment", reminder.Header("Subject"));
        Assert.Equal((5, 2), await OrderSeed.StockAsync(app.Services, productId));

        app.Clock.Advance(TimeSpan.FromDays(4));
        await RunUnpaidOrdersJobAsync(app);
        var mails = await app.Mail.MailsToAsync(email, 2);
        Assert.Single(mails, m => m.Header("Subject")!.Contains($"order {number} has been cancelled", StringComparison.Ordinal));

        await using (var session = await app.OpenSessionAsync())
        {
            var card = await OpenCardAsync(session, placed.Value.Id, number);
            await Expect(card.Status).ToContainTextAsync("Cancelled");
            await Expect(card.History).ToContainTextAsync("Confirmed → Cancelled");
            await Expect(card.History).ToContainTextAsync("Not paid within 7 days");
            await Screenshots.SaveAsync(session.Page, "ordermanager-unpaid-order-cancelled");
            Assert.Empty(session.BrowserErrors);
        }

        Assert.Equal((5, 0), await OrderSeed.StockAsync(app.Services, productId));
    }

    private static async Task<OrderCardPage> OpenCardAsync(BrowserSession session, long orderId, string number)
    {
        var shell = await DemoLogin.AsAsync(session.Page, Roles.OrderManager);
        await session.Page.GotoAsync($"/orders/{orderId}");
        var card = new OrderCardPage(session.Page);
        await Expect(card.Heading).ToHaveTextAsync(number);
        await shell.WaitUntilInteractiveAsync();
        return card;
    }

    // What the hourly UnpaidOrdersJob runs, then the outbox delivery that sends its mail, without waiting for either schedule.
    private static async Task RunUnpaidOrdersJobAsync(BrowserApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<UnpaidOrders>().RunAsync();
        await scope.ServiceProvider.GetRequiredService<OutboxDeliveryJob>().DeliverDueAsync(CancellationToken.None);
    }
}
