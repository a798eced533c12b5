using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ShopCrm.Clients.Domain;

namespace ShopCrm.Clients.Data;

internal sealed class ClientTagConfiguration : IEntityTypeConfiguration<ClientTag>
{
    public void Configure(EntityTypeBuilder<ClientTag> builder)
    {
        builder.ToTable("ClientTags");
        builder.Property(t => t.Name).HasMaxLength(60);
        builder.HasIndex(t => t.Name).IsUnique();
    }
}
