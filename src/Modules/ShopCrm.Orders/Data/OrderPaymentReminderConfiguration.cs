using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ShopCrm.Orders.Domain;

namespace ShopCrm.Orders.Data;

internal sealed class OrderPaymentReminderConfiguration : IEntityTypeConfiguration<OrderPaymentReminder>
{
    public void Configure(EntityTypeBuilder<OrderPaymentReminder> builder)
    {
        builder.ToTable("OrderPaymentReminders");
        builder.HasKey(r => r.OrderId);
        builder.Property(r => r.OrderId).ValueGeneratedNever();
        builder.HasOne<Order>().WithOne().HasForeignKey<OrderPaymentReminder>(r => r.OrderId).OnDelete(DeleteBehavior.Cascade);
    }
}
