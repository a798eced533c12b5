using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ShopCrm.Clients.Domain;

namespace ShopCrm.Clients.Data;

internal sealed class ClientSegmentConfiguration : IEntityTypeConfiguration<ClientSegment>
{
    public void Configure(EntityTypeBuilder<ClientSegment> builder)
    {
        builder.ToTable("ClientSegments");
        builder.Property(s => s.Name).HasMaxLength(120);
        builder.Property(s => s.Definition).HasMaxLength(8_000);
        builder.Property(s => s.UpdatedBy).HasMaxLength(100);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.HasIndex(s => s.Name).IsUnique();
    }
}
