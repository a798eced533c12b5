using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ShopCrm.Catalog.Domain;

namespace ShopCrm.Catalog.Data;

internal sealed class ProductSeriesConfiguration : IEntityTypeConfiguration<ProductSeries>
{
    public void Configure(EntityTypeBuilder<ProductSeries> builder)
    {
        builder.ToTable("ProductSeries");
        builder.Property(s => s.Name).HasMaxLength(100);
        builder.HasIndex(s => new { s.BrandId, s.Name }).IsUnique();
        builder.HasOne<Brand>().WithMany().HasForeignKey(s => s.BrandId).OnDelete(DeleteBehavior.Restrict);
    }
}
