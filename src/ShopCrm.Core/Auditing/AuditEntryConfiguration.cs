using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ShopCrm.Core.Auditing;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("AuditEntries");
        builder.Property(e => e.UserId).HasMaxLength(64);
        builder.Property(e => e.UserName).HasMaxLength(256);
        builder.Property(e => e.EntityType).HasMaxLength(128);
        builder.Property(e => e.EntityKey).HasMaxLength(128);
        builder.Property(e => e.Action).HasMaxLength(16);
        builder.HasIndex(e => new { e.EntityType, e.EntityKey });
        builder.HasIndex(e => e.At);
    }
}
