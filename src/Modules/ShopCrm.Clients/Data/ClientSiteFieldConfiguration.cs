using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ShopCrm.Clients.Domain;

namespace ShopCrm.Clients.Data;

internal sealed class ClientSiteFieldConfiguration : IEntityTypeConfiguration<ClientSiteField>
{
    public void Configure(EntityTypeBuilder<ClientSiteField> builder)
    {
        builder.ToTable("ClientSiteFields");
        builder.HasKey(f => new { f.ClientId, f.Field });
        builder.Property(f => f.Field).HasMaxLength(32);
        builder.Property(f => f.SiteValue).HasMaxLength(254);
        builder.Property(f => f.DismissedValue).HasMaxLength(254);
        builder.HasOne<Client>().WithMany().HasForeignKey(f => f.ClientId).OnDelete(DeleteBehavior.Cascade);
    }
}
