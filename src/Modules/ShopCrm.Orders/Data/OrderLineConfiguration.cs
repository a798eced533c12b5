using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ShopCrm.Orders.Domain;

namespace ShopCrm.Orders.Data;

internal sealed class OrderLineConfiguration : IEntityTypeConfiguration<OrderLine>
{
    public void Configure(EntityTypeBuilder<OrderLine> builder)
    {
        builder.ToTable("OrderLines");
        builder.Property(l => l.Sku).HasMaxLength(64);
        builder.Property(l => l.Name).HasMaxLength(300);
        builder.HasIndex(l => new { l.OrderId, l.Position });
        builder.HasIndex(l => l.ProductId);
    }
}
