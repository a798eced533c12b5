using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ShopCrm.Core.Data;
using ShopCrm.Core.Outbox;
using ShopCrm.Tests.Infrastructure;

namespace ShopCrm.Tests.Core.Outbox;

public sealed class OutboxDeliveryTests
{
    private sealed class FlakyHandler : IOutboxHandler
    {
        public ConcurrentQueue<string> Delivered { get; } = new();

        public int FailuresLeft { get; set; }

        public TimeSpan Delay { get; set; }

        public string Type => "test.ping";

        public async Task HandleAsync(string payload, CancellationToken ct)
        {
            await Task.Delay(Delay, ct);
            if (FailuresLeft-- > 0)
            {
                throw new InvalidOperationException("The receiver is down.");
            }

            Delivered.Enqueue(payload);
        }
    }

    private readonly ManualClock clock = new(new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero));

    // Quartz schedules on the host's TimeProvider too, so the test of the real scheduler keeps the real clock.
    private async Task<(CoreHost Host, FlakyHandler Handler)> StartAsync(
        DatabaseProvider provider, IDictionary<string, string?>? settings = null, bool realClock = false)
    {
        var handler = new FlakyHandler();
        var host = await CoreHost.StartAsync(
            provider,
            s =>
            {
                s.AddSingleton<IOutboxHandler>(handler);
                if (!realClock)
                {
                    s.AddSingleton<TimeProvider>(clock);
                }
            },
            settings);
        return (host, handler);
    }

    private static async Task EnqueueAsync(CoreHost host, params string[] payloads)
    {
        await using var db = await host.NewContextAsync();
        var now = host.Get<TimeProvider>().GetUtcNow().UtcDateTime;
        foreach (var payload in payloads)
        {
            db.Enqueue("test.ping", payload, now);
        }

        await db.SaveChangesAsync();
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_failed_delivery_is_retried_later_and_then_marked_delivered(DatabaseProvider provider)
    {
        var (host, handler) = await StartAsync(provider);
        await using var _ = host;
        handler.FailuresLeft = 1;
        await EnqueueAsync(host, "hello");
        var job = ActivatorUtilities.CreateInstance<OutboxDeliveryJob>(host.Services);

        Assert.Equal(0, await job.DeliverDueAsync(CancellationToken.None));
        await using (var db = await host.NewContextAsync())
        {
            var message = await db.OutboxMessages.SingleAsync();
            Assert.Equal((1, "The receiver is down."), (message.Attempts, message.LastError));
        }

        clock.Advance(TimeSpan.FromSeconds(20));
        Assert.Equal(0, await job.DeliverDueAsync(CancellationToken.None));
        clock.Advance(TimeSpan.FromSeconds(11));
        Assert.Equal(1, await job.DeliverDueAsync(CancellationToken.None));
        Assert.Equal(["\"hello\""], handler.Delivered);
        await using var check = await host.NewContextAsync();
        Assert.NotNull((await check.OutboxMessages.SingleAsync()).DeliveredAt);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Two_workers_at_once_deliver_each_message_exactly_once(DatabaseProvider provider)
    {
        var (host, handler) = await StartAsync(provider);
        await using var _ = host;
        handler.Delay = TimeSpan.FromMilliseconds(20);
        await EnqueueAsync(host, Enumerable.Range(1, 20).Select(i => $"m{i}").ToArray());
        var first = ActivatorUtilities.CreateInstance<OutboxDeliveryJob>(host.Services);
        var second = ActivatorUtilities.CreateInstance<OutboxDeliveryJob>(host.Services);

        var counts = await Task.WhenAll(first.DeliverDueAsync(CancellationToken.None), second.DeliverDueAsync(CancellationToken.None));

        Assert.Equal(20, counts.Sum());
        Assert.Equal(20, handler.Delivered.Distinct().Count());
        Assert.Equal(20, handler.Delivered.Count);
    }

    [Fact]
    public async Task A_message_gives_up_after_the_last_attempt_and_is_kept_for_a_person()
    {
        var (host, handler) = await StartAsync(DatabaseProvider.Sqlite, new Dictionary<string, string?> { ["Outbox:MaxAttempts"] = "2" });
        await using var _ = host;
        handler.FailuresLeft = 10;
        await EnqueueAsync(host, "doomed");
        var job = ActivatorUtilities.CreateInstance<OutboxDeliveryJob>(host.Services);

        for (var attempt = 0; attempt < 3; attempt++)
        {
            await job.DeliverDueAsync(CancellationToken.None);
            clock.Advance(TimeSpan.FromHours(1));
        }

        await using var check = await host.NewContextAsync();
        var message = await check.OutboxMessages.SingleAsync();
        Assert.Equal(2, message.Attempts);
        Assert.NotNull(message.FailedAt);
        Assert.Null(message.DeliveredAt);
    }

    [Fact]
    public async Task The_scheduled_job_really_fires_in_the_host_and_delivers()
    {
        var (host, handler) = await StartAsync(DatabaseProvider.Sqlite, new Dictionary<string, string?> { ["Outbox:IntervalSeconds"] = "1" }, realClock: true);
        await using var _ = host;
        await EnqueueAsync(host, "via quartz");

        await host.RunHostedServicesAsync();
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (handler.Delivered.IsEmpty && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        Assert.Equal(["\"via quartz\""], handler.Delivered);
    }
}
