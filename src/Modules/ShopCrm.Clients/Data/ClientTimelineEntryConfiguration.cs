using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ShopCrm.Clients.Domain;

namespace ShopCrm.Clients.Data;

internal sealed class ClientTimelineEntryConfiguration : IEntityTypeConfiguration<ClientTimelineEntry>
{
    public void Configure(EntityTypeBuilder<ClientTimelineEntry> builder)
    {
        builder.ToTable("ClientTimelineEntries");
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.ContactMethod).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.Title).HasMaxLength(300);
        builder.Property(e => e.Detail).HasMaxLength(4_000);
        builder.Property(e => e.Link).HasMaxLength(300);
        builder.Property(e => e.Source).HasMaxLength(32);
        builder.Property(e => e.SourceKey).HasMaxLength(100);
        builder.Property(e => e.RecordedBy).HasMaxLength(100);
        builder.HasIndex(e => new { e.Source, e.SourceKey }).IsUnique();
        builder.HasIndex(e => new { e.ClientId, e.At });
        builder.HasOne<Client>().WithMany().HasForeignKey(e => e.ClientId).OnDelete(DeleteBehavior.Restrict);
    }
}
