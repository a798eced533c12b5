using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ShopCrm.Catalog.Domain;

namespace ShopCrm.Catalog.Data;

internal sealed class GoodsReceiptConfiguration : IEntityTypeConfiguration<GoodsReceipt>
{
    public void Configure(EntityTypeBuilder<GoodsReceipt> builder)
    {
        builder.ToTable("GoodsReceipts");
        builder.Property(r => r.Number).HasMaxLength(30);
        builder.Property(r => r.SupplierDocument).HasMaxLength(100);
        builder.Property(r => r.CreatedBy).HasMaxLength(256);
        builder.Property(r => r.PostedBy).HasMaxLength(256);
        builder.Property(r => r.Notes).HasMaxLength(2_000);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasIndex(r => r.Number).IsUnique();
        builder.HasIndex(r => new { r.Status, r.CreatedAt });
        builder.HasOne<Supplier>().WithMany().HasForeignKey(r => r.SupplierId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Warehouse>().WithMany().HasForeignKey(r => r.WarehouseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PurchaseOrder>().WithMany().HasForeignKey(r => r.PurchaseOrderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Lines).WithOne().HasForeignKey(l => l.GoodsReceiptId).OnDelete(DeleteBehavior.Cascade);
    }
}
