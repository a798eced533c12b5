using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ShopCrm.Catalog.Domain;
using ShopCrm.Catalog.Services.Stock;

namespace ShopCrm.Catalog.Data;

internal sealed class StockReservationConfiguration : IEntityTypeConfiguration<StockReservation>
{
    public void Configure(EntityTypeBuilder<StockReservation> builder)
    {
        builder.ToTable("StockReservations");
        builder.Property(r => r.OrderLine).HasMaxLength(64);

        // The guard that makes a repeated reservation for the same order line a no-op, even when two arrive at once.
        builder.HasIndex(r => r.OrderLine).IsUnique();
        builder.HasIndex(r => new { r.ProductId, r.Status });
        builder.HasOne<Product>().WithMany().HasForeignKey(r => r.ProductId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Warehouse>().WithMany().HasForeignKey(r => r.WarehouseId).OnDelete(DeleteBehavior.Restrict);
    }
}
