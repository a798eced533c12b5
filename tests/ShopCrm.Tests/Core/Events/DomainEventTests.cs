using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ShopCrm.Core.Company;
using ShopCrm.Core.Data;
using ShopCrm.Core.Events;
using ShopCrm.Tests.Infrastructure;

namespace ShopCrm.Tests.Core.Events;

public sealed class DomainEventTests
{
    private sealed record ProfileRenamed(string Name) : IDomainEvent;

    private sealed class Recorder : IDomainEventHandler<ProfileRenamed>
    {
        public List<(string Name, bool CommittedRowVisible)> Seen { get; } = [];

        public IDbContextFactory<ShopDbContext>? Contexts { get; set; }

        public async Task HandleAsync(ProfileRenamed domainEvent, CancellationToken ct)
        {
            // Read from a separate connection: the change is visible only if it was committed.
            await using var db = await Contexts!.CreateDbContextAsync(ct);
            Seen.Add((domainEvent.Name, await db.CompanyProfiles.AnyAsync(p => p.Name == domainEvent.Name, ct)));
        }
    }

    private static async Task<(CoreHost Host, Recorder Recorder)> StartAsync(DatabaseProvider provider)
    {
        var recorder = new Recorder();
        var host = await CoreHost.StartAsync(provider, s =>
        {
            s.AddSingleton(recorder);
            s.AddDomainEventHandler<ProfileRenamed, Recorder>();
        });
        recorder.Contexts = host.Get<IDbContextFactory<ShopDbContext>>();
        return (host, recorder);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Events_are_handled_after_the_transaction_commits(DatabaseProvider provider)
    {
        var (host, recorder) = await StartAsync(provider);
        await using var _ = host;

        await using var db = await host.NewContextAsync();
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            db.CompanyProfiles.Add(new CompanyProfile { Name = "Raj" });
            db.AddEvent(new ProfileRenamed("Raj"));
            await db.SaveChangesAsync();
            await host.DeliverEventsAsync();
            Assert.Empty(recorder.Seen);
            await transaction.CommitAsync();
        }

        await host.DeliverEventsAsync();
        Assert.Equal([("Raj", true)], recorder.Seen);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Events_of_a_rolled_back_transaction_are_never_handled(DatabaseProvider provider)
    {
        var (host, recorder) = await StartAsync(provider);
        await using var _ = host;

        await using var db = await host.NewContextAsync();
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            db.CompanyProfiles.Add(new CompanyProfile { Name = "Raj" });
            db.AddEvent(new ProfileRenamed("Raj"));
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
        }

        db.ChangeTracker.Clear();
        db.CompanyProfiles.Add(new CompanyProfile { Id = 2, Name = "Inny" });
        await db.SaveChangesAsync();
        await host.DeliverEventsAsync();
        Assert.Empty(recorder.Seen);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    public async Task Without_an_explicit_transaction_events_follow_SaveChanges(DatabaseProvider provider)
    {
        var (host, recorder) = await StartAsync(provider);
        await using var _ = host;

        await using var db = await host.NewContextAsync();
        db.CompanyProfiles.Add(new CompanyProfile { Name = "Raj" });
        db.AddEvent(new ProfileRenamed("Raj"));
        await db.SaveChangesAsync();
        await host.DeliverEventsAsync();

        Assert.Equal([("Raj", true)], recorder.Seen);
    }
}
