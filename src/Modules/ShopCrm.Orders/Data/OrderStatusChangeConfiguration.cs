using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ShopCrm.Orders.Domain;

namespace ShopCrm.Orders.Data;

internal sealed class OrderStatusChangeConfiguration : IEntityTypeConfiguration<OrderStatusChange>
{
    public void Configure(EntityTypeBuilder<OrderStatusChange> builder)
    {
        builder.ToTable("OrderStatusChanges");
        builder.Property(c => c.ChangedBy).HasMaxLength(256);
        builder.Property(c => c.Note).HasMaxLength(1000);
        builder.HasIndex(c => new { c.OrderId, c.At });
        builder.HasOne<Order>().WithMany().HasForeignKey(c => c.OrderId).OnDelete(DeleteBehavior.Cascade);
    }
}
