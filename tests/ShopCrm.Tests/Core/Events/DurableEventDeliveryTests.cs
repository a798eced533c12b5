using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ShopCrm.Core.Data;
using ShopCrm.Core.Events;
using ShopCrm.Tests.Infrastructure;

namespace ShopCrm.Tests.Core.Events;

// Three aggregates ("a", "b", "c") raise five numbered events each; two handlers apply them to ledgers of
// their own. Delivery is killed and restarted on the way, and the ledgers must end up with every event
// applied once, each aggregate's events seen in the order raised.
public sealed class DurableEventDeliveryTests
{
    private static readonly string[] Streams = ["a", "b", "c"];

    public sealed record Tick(string Stream, int N) : IDomainEvent
    {
        string IDomainEvent.AggregateKey => "tick:" + Stream;
    }

    // Applying an event is keyed by the event itself, as the real handlers key their effects, so a handler that
    // runs again after a crash changes nothing; Calls keeps every run, repeated or not.
    public abstract class Ledger : IDomainEventHandler<Tick>
    {
        public ConcurrentQueue<(string Stream, int N)> Calls { get; } = new();

        public ConcurrentDictionary<(string Stream, int N), int> Applied { get; } = new();

        // Called with each event before it is applied; it may throw (a failing handler).
        public Action<Tick>? Before { get; set; }

        // Called after the event was applied; it may kill the delivery (the process dies before it records the delivery).
        public Action<Tick>? After { get; set; }

        public Task HandleAsync(Tick domainEvent, CancellationToken ct)
        {
            Calls.Enqueue((domainEvent.Stream, domainEvent.N));
            Before?.Invoke(domainEvent);
            Applied.TryAdd((domainEvent.Stream, domainEvent.N), 1);
            After?.Invoke(domainEvent);
            return Task.CompletedTask;
        }

        public IReadOnlyList<int> Seen(string stream) => Calls.Where(c => c.Stream == stream).Select(c => c.N).ToList();
    }

    public sealed class Accounts : Ledger;

    public sealed class Mailer : Ledger;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Delivery_killed_mid_way_and_restarted_applies_every_event_once_in_order_per_aggregate(DatabaseProvider provider)
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 6, 1, 8, 0, 0, TimeSpan.Zero));
        await using var host = await StartAsync(provider, clock);
        var accounts = host.Get<Accounts>();
        var mailer = host.Get<Mailer>();
        await RaiseAllAsync(host);
        var dispatcher = host.Get<DomainEventDispatcher>();

        // The process dies right after Accounts applied a:3, before the delivery was recorded.
        using (var death = new CancellationTokenSource())
        {
            accounts.After = e => Kill(death, e, "a", 3);
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => dispatcher.DeliverDueAsync(death.Token));
            accounts.After = null;
        }

        // Until its claim runs out nobody delivers a:3 to Accounts again, and a:4 waits behind it. Mailer fails
        // once on c:4, so its c:5 waits for the retry; everything else goes on.
        mailer.Before = e => Fail(e, "c", 4, mailer);
        await dispatcher.DeliverDueAsync(CancellationToken.None);
        Assert.Equal([1, 2, 3], accounts.Seen("a"));
        Assert.Equal([1, 2, 3, 4, 5], mailer.Seen("a"));
        Assert.Equal([1, 2, 3, 4], mailer.Seen("c"));
        Assert.Equal([1, 2, 3, 4, 5], accounts.Seen("c"));

        // New events arrive and the process dies again, after Accounts applied b:6 and before b:7.
        using (var stop = new CancellationTokenSource())
        {
            await RaiseAsync(host, new Tick("b", 6), new Tick("b", 7));
            accounts.After = e => Kill(stop, e, "b", 6);
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => dispatcher.DeliverDueAsync(stop.Token));
            accounts.After = null;
        }

        // Restarted after the claims and the retry delay ran out.
        clock.Advance(TimeSpan.FromMinutes(3));
        await dispatcher.DeliverDueAsync(CancellationToken.None);
        Assert.Equal(0, await dispatcher.DeliverDueAsync(CancellationToken.None));

        foreach (var ledger in new Ledger[] { accounts, mailer })
        {
            var expected = Streams.SelectMany(s => Enumerable.Range(1, s == "b" ? 7 : 5).Select(n => (s, n))).Order().ToList();
            Assert.Equal(expected, ledger.Applied.Keys.Order().ToList());
            foreach (var stream in Streams)
            {
                var seen = ledger.Seen(stream);
                Assert.Equal(seen.Order(), seen);
            }
        }

        // Only the runs the kills and the failure interrupted happened twice.
        Assert.Equal([("a", 3), ("b", 6)], Repeated(accounts));
        Assert.Equal([("c", 4)], Repeated(mailer));
        await using var db = await host.NewContextAsync();
        Assert.Equal(2 * 17, await db.Set<DomainEventDelivery>().CountAsync(d => d.DeliveredAt != null));
        Assert.Equal(17, await db.Set<StoredDomainEvent>().CountAsync());
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_handler_that_gives_up_holds_back_only_its_own_later_events_of_that_aggregate_until_retried(DatabaseProvider provider)
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 6, 1, 8, 0, 0, TimeSpan.Zero));
        await using var host = await StartAsync(provider, clock, new Dictionary<string, string?> { ["DomainEvents:MaxAttempts"] = "2" });
        var accounts = host.Get<Accounts>();
        var mailer = host.Get<Mailer>();
        var broken = true;
        mailer.Before = e =>
        {
            if (broken && e == new Tick("a", 2))
            {
                throw new InvalidOperationException("The mail server refused a:2.");
            }
        };
        await RaiseAllAsync(host);
        var dispatcher = host.Get<DomainEventDispatcher>();

        await dispatcher.DeliverDueAsync(CancellationToken.None);
        clock.Advance(TimeSpan.FromMinutes(5));
        await dispatcher.DeliverDueAsync(CancellationToken.None);

        var givenUp = Assert.Single(await dispatcher.GivenUpAsync());
        Assert.Equal((nameof(Mailer), "tick:a", 2L, 2), (givenUp.Handler, givenUp.AggregateKey, givenUp.Sequence, givenUp.Attempts));
        Assert.Equal("The mail server refused a:2.", givenUp.LastError);
        Assert.Equal([1, 2, 2], mailer.Seen("a"));
        Assert.Equal([1, 2, 3, 4, 5], mailer.Seen("b"));
        Assert.Equal([1, 2, 3, 4, 5], accounts.Seen("a"));

        broken = false;
        Assert.True(await dispatcher.RetryAsync(givenUp.EventId, givenUp.Handler));
        await dispatcher.DeliverDueAsync(CancellationToken.None);

        Assert.Equal([1, 2, 2, 2, 3, 4, 5], mailer.Seen("a"));
        Assert.Empty(await dispatcher.GivenUpAsync());
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task The_background_worker_delivers_right_after_the_commit_without_waiting_for_its_poll(DatabaseProvider provider)
    {
        await using var host = await StartAsync(provider, TimeProvider.System, new Dictionary<string, string?> { ["DomainEvents:IntervalSeconds"] = "600" });
        var accounts = host.Get<Accounts>();
        var handled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        accounts.After = e => handled.TrySetResult();
        await host.RunHostedServicesAsync();
        // Lets the worker finish its first, empty pass, so that only the commit's signal can wake it for the event.
        await Task.Delay(200);

        await RaiseAsync(host, new Tick("a", 1));

        await handled.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal([1], accounts.Seen("a"));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Two_workers_at_once_deliver_each_event_to_each_handler_once(DatabaseProvider provider)
    {
        await using var host = await StartAsync(provider, TimeProvider.System);
        await RaiseAllAsync(host);
        var dispatcher = host.Get<DomainEventDispatcher>();

        await Task.WhenAll(dispatcher.DeliverDueAsync(CancellationToken.None), dispatcher.DeliverDueAsync(CancellationToken.None));
        await host.DeliverEventsAsync();

        foreach (var ledger in new Ledger[] { host.Get<Accounts>(), host.Get<Mailer>() })
        {
            Assert.Empty(Repeated(ledger));
            Assert.All(Streams, s => Assert.Equal([1, 2, 3, 4, 5], ledger.Seen(s)));
        }
    }

    private static Task<CoreHost> StartAsync(DatabaseProvider provider, TimeProvider clock, IDictionary<string, string?>? settings = null) =>
        CoreHost.StartAsync(
            provider,
            s =>
            {
                s.AddSingleton(clock);
                s.AddDomainEventHandler<Tick, Accounts>();
                s.AddDomainEventHandler<Tick, Mailer>();
            },
            settings);

    // Interleaved, in transactions of one to three events, as requests for different aggregates would come.
    private static async Task RaiseAllAsync(CoreHost host)
    {
        for (var n = 1; n <= 5; n++)
        {
            if (n % 2 == 1)
            {
                await RaiseAsync(host, Streams.Select(s => new Tick(s, n)).ToArray());
            }
            else
            {
                foreach (var stream in Streams)
                {
                    await RaiseAsync(host, new Tick(stream, n));
                }
            }
        }
    }

    private static async Task RaiseAsync(CoreHost host, params Tick[] ticks)
    {
        await using var db = await host.NewContextAsync();
        foreach (var tick in ticks)
        {
            db.AddEvent(tick);
        }

        await db.SaveChangesAsync();
    }

    private static void Kill(CancellationTokenSource death, Tick tick, string stream, int n)
    {
        if (tick == new Tick(stream, n))
        {
            death.Cancel();
        }
    }

    private static void Fail(Tick tick, string stream, int n, Ledger ledger)
    {
        if (tick == new Tick(stream, n) && ledger.Seen(stream).Count(x => x == n) == 1)
        {
            throw new InvalidOperationException($"{stream}:{n} failed once.");
        }
    }

    private static List<(string Stream, int N)> Repeated(Ledger ledger) =>
        ledger.Calls.GroupBy(c => c).Where(g => g.Count() > 1).Select(g => g.Key).Order().ToList();
}
