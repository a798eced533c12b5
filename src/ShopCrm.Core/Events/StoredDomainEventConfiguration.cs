using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ShopCrm.Core.Events;

internal sealed class StoredDomainEventConfiguration : IEntityTypeConfiguration<StoredDomainEvent>
{
    public void Configure(EntityTypeBuilder<StoredDomainEvent> builder)
    {
        builder.ToTable("DomainEvents");
        builder.Property(e => e.Type).HasMaxLength(100);
        builder.Property(e => e.AggregateKey).HasMaxLength(200);
        builder.HasIndex(e => new { e.AggregateKey, e.Sequence }).IsUnique();
        builder.HasMany(e => e.Deliveries).WithOne().HasForeignKey(d => d.EventId).OnDelete(DeleteBehavior.Cascade);
    }
}
