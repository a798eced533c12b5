using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ShopCrm.Catalog.Domain;
using ShopCrm.Clients.Domain;

namespace ShopCrm.Clients.Data;

internal sealed class ClientPurchaseConfiguration : IEntityTypeConfiguration<ClientPurchase>
{
    public void Configure(EntityTypeBuilder<ClientPurchase> builder)
    {
        builder.ToTable("ClientPurchases");
        builder.HasIndex(p => new { p.ProductId, p.PurchasedAt, p.ClientId });
        builder.HasIndex(p => new { p.ClientId, p.PurchasedAt });
        builder.HasIndex(p => p.OrderId);
        builder.HasOne<Client>().WithMany().HasForeignKey(p => p.ClientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Product>().WithMany().HasForeignKey(p => p.ProductId).OnDelete(DeleteBehavior.Restrict);
    }
}
