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
    DomainEventSubscriptions subscriptions,
    DomainEventSignal signal,
    ICurrentUser currentUser,
    TimeProvider time) : IdentityDbContext<ShopUser, IdentityRole, string>(options)
{
    private readonly List<IDomainEvent> eventsAwaitingSave = [];
    private bool wroteEvents;

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<RolePermission> RolePermissions => Set<RolePermission>();

    public DbSet<KnownPermission> KnownPermissions => Set<KnownPermission>();

    public DbSet<CompanyProfile> CompanyProfiles => Set<CompanyProfile>();

    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    // Raised by a service rather than an entity; written by the next SaveChanges like entity events.
    public void AddEvent(IDomainEvent domainEvent) => eventsAwaitingSave.Add(domainEvent);

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    // Events are written in the same transaction as the changes that raised them (one of its own when the
    // caller has none), and so are the audit rows, which follow the keys the database gives new rows.
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        CollectEntityEvents();
        var now = time.GetUtcNow().UtcDateTime;
        var audit = AuditRecorder.Capture(this, currentUser, now);
        if (!audit.HasPendingKeys && eventsAwaitingSave.Count == 0)
        {
            AuditEntries.AddRange(audit.Complete());
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        var ownTransaction = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            if (eventsAwaitingSave.Count > 0)
            {
                var events = eventsAwaitingSave.ToList();
                eventsAwaitingSave.Clear();
                await DomainEventWriter.StageAsync(this, events, subscriptions, now, cancellationToken);
                wroteEvents = true;
            }

            int written;
            if (audit.HasPendingKeys)
            {
                written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
                AuditEntries.AddRange(audit.Complete());
                written += await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            }
            else
            {
                AuditEntries.AddRange(audit.Complete());
                written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            }

            if (ownTransaction is not null)
            {
                await ownTransaction.CommitAsync(cancellationToken);
            }

            return written;
        }
        finally
        {
            if (ownTransaction is not null)
            {
                await ownTransaction.DisposeAsync();
            }
        }
    }

    internal void Committed()
    {
        if (wroteEvents)
        {
            wroteEvents = false;
            signal.Wake();
        }
    }

    internal void RolledBack() => wroteEvents = false;

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
            eventsAwaitingSave.AddRange(entry.Entity.DomainEvents);
            entry.Entity.ClearDomainEvents();
        }
    }
}
