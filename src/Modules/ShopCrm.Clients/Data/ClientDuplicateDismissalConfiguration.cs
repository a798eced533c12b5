using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ShopCrm.Clients.Domain;

namespace ShopCrm.Clients.Data;

internal sealed class ClientDuplicateDismissalConfiguration : IEntityTypeConfiguration<ClientDuplicateDismissal>
{
    public void Configure(EntityTypeBuilder<ClientDuplicateDismissal> builder)
    {
        builder.ToTable("ClientDuplicateDismissals");
        builder.HasKey(d => new { d.ClientId, d.OtherClientId });
        builder.Property(d => d.DismissedBy).HasMaxLength(100);
        builder.HasOne<Client>().WithMany().HasForeignKey(d => d.ClientId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Client>().WithMany().HasForeignKey(d => d.OtherClientId).OnDelete(DeleteBehavior.Cascade);
    }
}
