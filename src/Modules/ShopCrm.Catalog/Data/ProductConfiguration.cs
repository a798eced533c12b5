using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ShopCrm.Catalog.Domain;

namespace ShopCrm.Catalog.Data;

internal sealed class ProductConfiguration : IEntityTypeConfiguration<Product>
{
    public void Configure(EntityTypeBuilder<Product> builder)
    {
        builder.ToTable("Products");
        builder.Property(p => p.Sku).HasMaxLength(64);
        builder.Property(p => p.Ean).HasMaxLength(14);
        builder.Property(p => p.Name).HasMaxLength(300);
        builder.Property(p => p.NormalizedName).HasMaxLength(300);
        builder.Property(p => p.Description).HasMaxLength(20_000);
        builder.Property(p => p.VideoLinks).HasMaxLength(2_000);
        builder.Property(p => p.Currency).HasMaxLength(3);
        builder.Property(p => p.MissingParts).HasMaxLength(1_000);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasIndex(p => p.Sku).IsUnique();
        builder.HasIndex(p => p.Ean);
        builder.HasIndex(p => new { p.BrandId, p.NormalizedName });
        builder.HasIndex(p => new { p.CategoryId, p.GrossPriceMinor });
        builder.HasIndex(p => p.GrossPriceMinor);

        // Covers the model list's count (category subtree, availability, not merged) without touching the table.
        builder.HasIndex(p => new { p.CategoryId, p.AvailableStock, p.MergedIntoId, p.Id });
        builder.HasIndex(p => new { p.Status, p.Completeness });
        builder.HasIndex(p => new { p.UpdatedAt, p.Id });
        builder.HasOne(p => p.Brand).WithMany().HasForeignKey(p => p.BrandId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.Category).WithMany().HasForeignKey(p => p.CategoryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.Series).WithMany().HasForeignKey(p => p.SeriesId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Product>().WithMany().HasForeignKey(p => p.MergedIntoId).OnDelete(DeleteBehavior.Restrict);

        // Only merged models are looked up by MergedIntoId. A full index on it would offer SQLite a path for
        // the list's "MergedIntoId IS NULL", which matches every model: without statistics the planner took
        // it and read the whole table (see docs/benchmarks.md).
        builder.HasIndex(p => p.MergedIntoId).HasFilter("\"MergedIntoId\" IS NOT NULL");
    }
}
