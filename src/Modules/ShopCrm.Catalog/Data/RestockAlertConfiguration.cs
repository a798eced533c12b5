using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ShopCrm.Catalog.Domain;

namespace ShopCrm.Catalog.Data;

internal sealed class RestockAlertConfiguration : IEntityTypeConfiguration<RestockAlert>
{
    public void Configure(EntityTypeBuilder<RestockAlert> builder)
    {
        builder.ToTable("RestockAlerts");

        // At most one alert per model per day, even when the job runs twice at once.
        builder.HasIndex(a => new { a.ProductId, a.Day }).IsUnique();
        builder.HasIndex(a => new { a.Status, a.SupplierId });
        builder.HasOne<Product>().WithMany().HasForeignKey(a => a.ProductId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Supplier>().WithMany().HasForeignKey(a => a.SupplierId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PurchaseOrder>().WithMany().HasForeignKey(a => a.PurchaseOrderId).OnDelete(DeleteBehavior.Restrict);
    }
}
