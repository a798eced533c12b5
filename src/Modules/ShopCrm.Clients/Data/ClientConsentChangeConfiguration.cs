using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ShopCrm.Clients.Domain;

namespace ShopCrm.Clients.Data;

internal sealed class ClientConsentChangeConfiguration : IEntityTypeConfiguration<ClientConsentChange>
{
    public void Configure(EntityTypeBuilder<ClientConsentChange> builder)
    {
        builder.ToTable("ClientConsentChanges");
        builder.Property(c => c.Source).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.RecordedBy).HasMaxLength(100);
        builder.Property(c => c.Note).HasMaxLength(500);
        builder.HasIndex(c => new { c.ClientId, c.At });
        builder.HasOne<Client>().WithMany().HasForeignKey(c => c.ClientId).OnDelete(DeleteBehavior.Restrict);
    }
}
