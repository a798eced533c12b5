using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ShopCrm.Core.Events;

internal sealed class DomainEventDeliveryConfiguration : IEntityTypeConfiguration<DomainEventDelivery>
{
    public void Configure(EntityTypeBuilder<DomainEventDelivery> builder)
    {
        builder.ToTable("DomainEventDeliveries");
        builder.HasKey(d => new { d.EventId, d.Handler });
        builder.Property(d => d.Handler).HasMaxLength(100);
        builder.Property(d => d.AggregateKey).HasMaxLength(200);
        builder.Property(d => d.LastError).HasMaxLength(2000);
        builder.HasIndex(d => new { d.Handler, d.AggregateKey, d.Sequence });
        builder.HasIndex(d => new { d.DeliveredAt, d.NextAttemptAt });
    }
}
