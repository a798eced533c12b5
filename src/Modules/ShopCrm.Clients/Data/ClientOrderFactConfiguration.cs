using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ShopCrm.Clients.Domain;

namespace ShopCrm.Clients.Data;

internal sealed class ClientOrderFactConfiguration : IEntityTypeConfiguration<ClientOrderFact>
{
    public void Configure(EntityTypeBuilder<ClientOrderFact> builder)
    {
        builder.ToTable("ClientOrderFacts");
        builder.HasKey(f => f.OrderId);
        builder.Property(f => f.OrderId).ValueGeneratedNever();
        builder.Property(f => f.OrderNumber).HasMaxLength(32);
        builder.Property(f => f.Outcome).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(f => new { f.ClientId, f.PlacedAt });
        builder.HasOne<Client>().WithMany().HasForeignKey(f => f.ClientId).OnDelete(DeleteBehavior.Restrict);
    }
}
