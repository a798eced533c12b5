using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ShopCrm.Clients.Domain;

namespace ShopCrm.Clients.Data;

internal sealed class ClientContactPersonConfiguration : IEntityTypeConfiguration<ClientContactPerson>
{
    public void Configure(EntityTypeBuilder<ClientContactPerson> builder)
    {
        builder.ToTable("ClientContactPersons");
        builder.Property(c => c.Name).HasMaxLength(200);
        builder.Property(c => c.Position).HasMaxLength(100);
        builder.Property(c => c.Email).HasMaxLength(254);
        builder.Property(c => c.Phone).HasMaxLength(32);
        builder.HasIndex(c => c.ClientId);
        builder.HasOne<Client>().WithMany().HasForeignKey(c => c.ClientId).OnDelete(DeleteBehavior.Cascade);
    }
}
