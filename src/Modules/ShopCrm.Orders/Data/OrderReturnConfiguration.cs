using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ShopCrm.Orders.Domain;

namespace ShopCrm.Orders.Data;

internal sealed class OrderReturnConfiguration : IEntityTypeConfiguration<OrderReturn>
{
    public void Configure(EntityTypeBuilder<OrderReturn> builder)
    {
        builder.ToTable("OrderReturns");
        builder.Property(r => r.RecordedBy).HasMaxLength(256);
        builder.Property(r => r.Reason).HasMaxLength(1000);
        builder.HasIndex(r => r.OrderId);
        builder.HasOne<Order>().WithMany().HasForeignKey(r => r.OrderId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Lines).WithOne().HasForeignKey(l => l.OrderReturnId).OnDelete(DeleteBehavior.Cascade);
    }
}
