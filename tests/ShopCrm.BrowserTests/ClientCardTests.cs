using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ShopCrm.BrowserTests.Infrastructure;
using ShopCrm.BrowserTests.Pages;
using ShopCrm.Clients.Contracts;
using ShopCrm.Clients.Domain;
using ShopCrm.Clients.Services;
using ShopCrm.Core.Data;
using ShopCrm.Core.Outbox;
using ShopCrm.Core.Security;
using ShopCrm.Core.Time;

namespace ShopCrm.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class ClientCardTests(BrowserApp app) : IDisposable
{
    public void Dispose() => app.Clock.Reset();

    private static readonly CultureInfo ShopCulture = CultureInfo.GetCultureInfo("en-GB");

    [Fact]
    public async Task An_order_manager_finds_a_client_by_phone_logs_a_call_and_is_reminded_in_the_bell_and_by_email()
    {
        var run = Guid.NewGuid().ToString("N")[..6];
        var phone = $"6{Random.Shared.Next(10_000_000, 99_999_999)}";
        var (clientId, name, orders) = await SeedAsync(run, phone);
        var task = $"Call back about the carp rod {run}";

        await using var session = await app.OpenSessionAsync();
        var page = session.Page;
        var shell = await DemoLogin.AsAsync(page, Roles.OrderManager);
        await shell.OpenMenuEntryAsync("Clients", ClientListPage.Path);
        var list = new ClientListPage(page);
        await Expect(list.Heading).ToBeVisibleAsync();
        await shell.WaitUntilInteractiveAsync();
        await shell.WaitUntilLoadedAsync();
        Assert.False(await list.IsTitleCutAsync("Orders"), "The Orders column title is cut short.");

        // Stored as +48 and nine digits; typed the way it is read out on the phone.
        await list.SearchAsync($"{phone[..3]} {phone[3..6]} {phone[6..]}");
        await Expect(list.Rows).ToHaveCountAsync(1);
        await Expect(list.ClientLink(name)).ToBeVisibleAsync();
        await Expect(list.Rows).ToContainTextAsync("650.00");
        await Screenshots.SaveAsync(page, "ordermanager-client-found-by-phone");

        await list.ClientLink(name).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Uri(new Uri(page.Url), $"/clients/{clientId}").ToString());
        var card = new ClientCardPage(page);
        await Expect(card.Heading).ToHaveTextAsync(name);
        await shell.WaitUntilInteractiveAsync();
        await shell.WaitUntilLoadedAsync();
        await Expect(card.Statistic("Completed orders")).ToHaveTextAsync("2");
        await Expect(card.Statistic("Total spent")).ToContainTextAsync("650.00");
        await Expect(card.Statistic("Average order")).ToContainTextAsync("325.00");
        foreach (var number in orders)
        {
            await Expect(card.Timeline).ToContainTextAsync($"Order {number} delivered");
        }

        await Screenshots.SaveAsync(page, "ordermanager-client-card");

        await card.PickAsync("What", "Call");
        await card.PickAsync("How", "phone");
        await card.WhatHappened.FillAsync("Asked for a 3.60 m carp rod; call back when it is in stock.");
        await card.AddToTimelineButton.ClickAsync();
        var call = card.TimelineEntry("Call (phone): Asked for a 3.60 m carp rod; call back when it is in stock.");
        await Expect(call).ToBeVisibleAsync();
        await Expect(call).ToContainTextAsync("orders@demo.shopcrm.pl");
        await card.Timeline.ScrollIntoViewIfNeededAsync();
        await Screenshots.SaveAsync(page, "ordermanager-client-call-logged");

        var clock = app.Services.GetRequiredService<ShopClock>();
        var due = clock.ToLocal(clock.UtcNow).AddMinutes(3);
        await card.TaskTitle.FillAsync(task);
        await card.SetDueAsync(due.ToString("d MMM yyyy HH:mm", ShopCulture));
        await card.AddTaskButton.ClickAsync();
        await Expect(card.OpenTask(task)).ToContainTextAsync(due.ToString("d MMM yyyy, HH:mm", ShopCulture));
        await card.OpenTask(task).ScrollIntoViewIfNeededAsync();
        await Screenshots.SaveAsync(page, "ordermanager-client-reminder-set");
        await shell.WaitUntilToastsGoneAsync();

        // The reminder job runs every minute against the app's clock: move the clock past the due time and
        // run it at once, then the outbox delivery that sends its mail, as the scheduler would.
        app.Clock.Advance(TimeSpan.FromMinutes(5));
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ClientTaskReminders>().SendDueAsync();
            await scope.ServiceProvider.GetRequiredService<OutboxDeliveryJob>().DeliverDueAsync(CancellationToken.None);
        }

        await shell.ReminderBell.ClickAsync();
        var reminder = shell.Reminders.GetByRole(AriaRole.Link, new() { Name = $"Due: {task} ({name})", Exact = true });
        await Expect(reminder).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "ordermanager-reminder-in-the-bell");

        var mail = await app.Mail.WaitForMessageAsync($"Task due: {task}", TimeSpan.FromSeconds(60));
        Assert.Equal($"Task due: {task}", mail.Header("Subject"));
        Assert.Contains(DemoLogin.EmailOf(Roles.OrderManager), mail.Header("To"), StringComparison.OrdinalIgnoreCase);
        var html = mail.Leaves().Single(part => part.MediaType == "text/html").Text;
        Assert.Contains(name, System.Net.WebUtility.HtmlDecode(html), StringComparison.Ordinal);

        await reminder.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Uri(new Uri(page.Url), $"/clients/{clientId}").ToString());
        await Expect(shell.Reminders).ToHaveCountAsync(0);
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<ShopDbContext>>().CreateDbContextAsync();
        var notification = await db.Set<StaffNotification>().SingleAsync(n => n.Title == $"Due: {task} ({name})");
        Assert.NotNull(notification.ReadAt);
        Assert.Empty(session.BrowserErrors);
    }

    private async Task<(int ClientId, string Name, IReadOnlyList<string> Orders)> SeedAsync(string run, string phone)
    {
        var created = await app.Services.GetRequiredService<IClientDirectory>().CreateAsync(new ClientDraft
        {
            FirstName = "Zbigniew",
            LastName = "Karpiński",
            Email = $"zbigniew.{run}@example.pl",
            Phone = "+48" + phone,
            Street = "ul. Rybacka 4",
            PostalCode = "87-100",
            City = "Toruń",
        });
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Values));
        var clientId = created.ClientId!.Value;

        var history = app.Services.GetRequiredService<IClientOrderHistory>();
        var timeline = app.Services.GetRequiredService<IClientTimeline>();
        var now = DateTime.UtcNow;
        var orders = new List<string>();
        foreach (var (total, daysAgo) in new[] { (40_000L, 60), (25_000L, 12) })
        {
            var orderId = Random.Shared.NextInt64(1_000_000_000, 2_000_000_000);
            var number = $"ZAM/2026/{orderId % 100_000:D5}";
            var placed = now.AddDays(-daysAgo);
            await history.RecordAsync(new ClientOrderRecord(clientId, orderId, number, ClientOrderOutcome.Completed, total, placed, placed.AddDays(2), false, []));
            await timeline.AddAsync(new ClientTimelineInput(
                clientId, placed.AddDays(2), ClientTimelineKind.Order, $"Order {number} delivered", null, null, "Orders", $"order:{orderId}:Delivered"));
            orders.Add(number);
        }

        return (clientId, "Zbigniew Karpiński", orders);
    }
}
