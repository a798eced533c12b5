using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ShopCrm.Catalog.Domain;
using ShopCrm.Clients.Domain;

namespace ShopCrm.Clients.Data;

internal sealed class ClientTagLinkConfiguration : IEntityTypeConfiguration<ClientTagLink>
{
    public void Configure(EntityTypeBuilder<ClientTagLink> builder)
    {
        builder.ToTable("ClientTagLinks");
        builder.HasKey(l => new { l.ClientId, l.TagId });
        builder.HasIndex(l => new { l.TagId, l.ClientId });
        builder.HasOne<Client>().WithMany().HasForeignKey(l => l.ClientId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ClientTag>().WithMany().HasForeignKey(l => l.TagId).OnDelete(DeleteBehavior.Cascade);
    }
}
