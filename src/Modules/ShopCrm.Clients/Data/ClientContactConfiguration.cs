using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ShopCrm.Clients.Domain;

namespace ShopCrm.Clients.Data;

internal sealed class ClientContactConfiguration : IEntityTypeConfiguration<ClientContact>
{
    public void Configure(EntityTypeBuilder<ClientContact> builder)
    {
        builder.ToTable("ClientContacts");
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(8);
        builder.Property(c => c.Value).HasMaxLength(254);
        builder.Property(c => c.NormalizedValue).HasMaxLength(254);
        builder.Property(c => c.Label).HasMaxLength(60);
        builder.HasIndex(c => new { c.Kind, c.NormalizedValue });
        builder.HasIndex(c => c.ClientId);
        builder.HasOne<Client>().WithMany().HasForeignKey(c => c.ClientId).OnDelete(DeleteBehavior.Cascade);
    }
}
