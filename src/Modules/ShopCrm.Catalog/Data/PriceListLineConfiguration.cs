using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ShopCrm.Catalog.Domain;

namespace ShopCrm.Catalog.Data;

internal sealed class PriceListLineConfiguration : IEntityTypeConfiguration<PriceListLine>
{
    public void Configure(EntityTypeBuilder<PriceListLine> builder)
    {
        builder.ToTable("PriceListLines");
        builder.Property(l => l.SupplierCode).HasMaxLength(64);
        builder.Property(l => l.Name).HasMaxLength(300);
        builder.Property(l => l.Ean).HasMaxLength(14);
        builder.Property(l => l.BrandName).HasMaxLength(100);
        builder.Property(l => l.Description).HasMaxLength(20_000);
        builder.HasIndex(l => new { l.SupplierId, l.SupplierCode }).IsUnique();
        builder.HasOne<Supplier>().WithMany().HasForeignKey(l => l.SupplierId).OnDelete(DeleteBehavior.Cascade);
    }
}
