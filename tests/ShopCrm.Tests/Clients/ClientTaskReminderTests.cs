using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ShopCrm.Clients.Domain;
using ShopCrm.Clients.Services;
using ShopCrm.Core.Data;
using ShopCrm.Core.Email;
using ShopCrm.Tests.Infrastructure;

namespace ShopCrm.Tests.Clients;

public sealed class ClientTaskReminderTests
{
    private readonly ManualClock clock = new(ClientTestHost.Start);

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_due_task_is_reminded_once_in_the_app_and_by_email(DatabaseProvider provider)
    {
        await using var host = await ClientTestHost.StartAsync(provider, clock);
        var marta = await ClientTestHost.StaffAsync(host, "marta@wedkarskiraj.pl", "Marta Wójcik");
        var jan = await ClientTestHost.PersonAsync(host, "Jan", "Kowalski", "jan@wp.pl");
        var tasks = host.Get<ClientTaskService>();
        var callBack = await tasks.CreateAsync(new ClientTaskDraft(jan, null, "Call back about the carp rod", "He wants 3.60 m", Now.AddHours(2), marta));
        var later = await tasks.CreateAsync(new ClientTaskDraft(jan, null, "Send the offer", null, Now.AddDays(3), marta));
        var reminders = host.Get<ClientTaskReminders>();

        Assert.Equal(0, await reminders.SendDueAsync());
        clock.Advance(TimeSpan.FromHours(2));
        var sent = await Task.WhenAll(Task.Run(() => reminders.SendDueAsync()), Task.Run(() => reminders.SendDueAsync()));
        Assert.Equal(0, await reminders.SendDueAsync());

        Assert.Equal(1, sent.Sum());
        Assert.True(callBack.Succeeded && later.Succeeded);
        await using var db = await host.NewContextAsync();
        var notification = await db.Set<StaffNotification>().SingleAsync();
        Assert.Equal((marta, $"/clients/{jan}", (long?)callBack.Value), (notification.UserId, notification.Link, notification.TaskId));
        Assert.Contains("Call back about the carp rod", notification.Title);
        var mail = JsonSerializer.Deserialize<EmailMessage>((await db.OutboxMessages.SingleAsync()).Payload)!;
        Assert.Equal("marta@wedkarskiraj.pl", Assert.Single(mail.To).Address);
        Assert.Equal("Task due: Call back about the carp rod", mail.Subject);
        Assert.Contains("Jan Kowalski", mail.HtmlBody, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_task_done_before_it_is_due_is_not_reminded_and_bad_tasks_are_refused_field_by_field(DatabaseProvider provider)
    {
        await using var host = await ClientTestHost.StartAsync(provider, clock);
        var marta = await ClientTestHost.StaffAsync(host, "marta@wedkarskiraj.pl", "Marta Wójcik");
        var jan = await ClientTestHost.PersonAsync(host, "Jan", "Kowalski", "jan@wp.pl");
        var tasks = host.Get<ClientTaskService>();
        var task = await tasks.CreateAsync(new ClientTaskDraft(jan, null, "Call back", null, Now.AddHours(1), marta));

        Assert.True(await tasks.CompleteAsync(task.Value));
        Assert.False(await tasks.CompleteAsync(task.Value));
        clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(0, await host.Get<ClientTaskReminders>().SendDueAsync());

        var bad = await tasks.CreateAsync(new ClientTaskDraft(null, null, " ", null, Now, "nobody"));
        Assert.Equal(["AssigneeId", "ClientId", "Title"], bad.Error!.Fields!.Keys.Order());
        await using var db = await host.NewContextAsync();
        Assert.Equal(1, await db.Set<ClientTask>().CountAsync());
    }
}
