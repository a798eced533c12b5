using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using ShopCrm.Core.Api;
using ShopCrm.Core.Auditing;
using ShopCrm.Core.Company;
using ShopCrm.Core.Events;
using ShopCrm.Core.Identity;
using ShopCrm.Core.Modules;
using ShopCrm.Core.Outbox;
using ShopCrm.Core.Security;

namespace ShopCrm.Core.Data;

public sealed class ShopDbContext(
    DbContextOptions<ShopDbContext> options,
    ShopModuleCatalog modules,
    DomainEventDispatcher dispatcher,
    ICurrentUser currentUser,
    TimeProvider time) : IdentityDbContext<ShopUser, IdentityRole, string>(options)
{
    private readonly List<IDomainEvent> eventsAwaitingCommit = [];

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<RolePermission> RolePermissions => Set<RolePermission>();

    public DbSet<KnownPermission> KnownPermissions => Set<KnownPermission>();

    public DbSet<CompanyProfile> CompanyProfiles => Set<CompanyProfile>();

    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    // Raised by a service rather than an entity; delivered after the next commit like entity events.
    public void AddEvent(IDomainEvent domainEvent) => eventsAwaitingCommit.Add(domainEvent);

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        CollectEntityEvents();
        var audit = AuditRecorder.Capture(this, currentUser, time.GetUtcNow().UtcDateTime);
        int written;
        if (!audit.HasPendingKeys)
        {
            AuditEntries.AddRange(audit.Complete());
            written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        else
        {
            // New rows get their keys from the database; the audit rows that name them follow in the same transaction.
            var ownTransaction = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
            try
            {
                written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
                AuditEntries.AddRange(audit.Complete());
                written += await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
                if (ownTransaction is not null)
                {
                    await ownTransaction.CommitAsync(cancellationToken);
                }
            }
            finally
            {
                if (ownTransaction is not null)
                {
                    await ownTransaction.DisposeAsync();
                }
            }
        }

        if (Database.CurrentTransaction is null)
        {
            await DispatchEventsAsync(cancellationToken);
        }

        return written;
    }

    internal async Task DispatchEventsAsync(CancellationToken ct)
    {
        var events = eventsAwaitingCommit.ToList();
        eventsAwaitingCommit.Clear();
        await dispatcher.DispatchAsync(events, ct);
    }

    internal void DiscardEvents() => eventsAwaitingCommit.Clear();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(ShopDbContext).Assembly);
        foreach (var assembly in modules.Assemblies.Where(a => a != typeof(ShopDbContext).Assembly && HasEntityConfigurations(a)))
        {
            builder.ApplyConfigurationsFromAssembly(assembly);
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every stored DateTime is UTC; this makes values read back carry DateTimeKind.Utc on SQLite too.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }

    private static bool HasEntityConfigurations(System.Reflection.Assembly assembly) =>
        assembly.GetTypes().Any(t => t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEntityTypeConfiguration<>)));

    private void CollectEntityEvents()
    {
        foreach (var entry in ChangeTracker.Entries<IHasDomainEvents>())
        {
            eventsAwaitingCommit.AddRange(entry.Entity.DomainEvents);
            entry.Entity.ClearDomainEvents();
        }
    }
}
