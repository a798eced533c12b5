using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ShopCrm.Orders.Domain;

namespace ShopCrm.Orders.Data;

internal sealed class OrderReturnLineConfiguration : IEntityTypeConfiguration<OrderReturnLine>
{
    public void Configure(EntityTypeBuilder<OrderReturnLine> builder)
    {
        builder.ToTable("OrderReturnLines");
        builder.HasIndex(l => l.OrderReturnId);
        builder.HasOne<OrderLine>().WithMany().HasForeignKey(l => l.OrderLineId).OnDelete(DeleteBehavior.Restrict);
    }
}
