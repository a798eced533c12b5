using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ShopCrm.Catalog.Domain;

namespace ShopCrm.Catalog.Data;

internal sealed class StockMovementConfiguration : IEntityTypeConfiguration<StockMovement>
{
    public void Configure(EntityTypeBuilder<StockMovement> builder)
    {
        builder.ToTable("StockMovements");
        builder.Property(m => m.UserName).HasMaxLength(256);
        builder.Property(m => m.Reason).HasMaxLength(500);
        builder.Property(m => m.Document).HasMaxLength(100);
        builder.HasIndex(m => new { m.ProductId, m.WarehouseId, m.At });

        // Sales speed for restock: sales per model over a period.
        builder.HasIndex(m => new { m.Type, m.At, m.ProductId });
        builder.HasIndex(m => m.Document);
        builder.Property(m => m.OperationKey).HasMaxLength(100);
        builder.HasIndex(m => m.OperationKey).IsUnique();
        builder.HasOne<Product>().WithMany().HasForeignKey(m => m.ProductId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Warehouse>().WithMany().HasForeignKey(m => m.WarehouseId).OnDelete(DeleteBehavior.Restrict);
    }
}
