using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ShopCrm.Catalog.Domain;

namespace ShopCrm.Catalog.Data;

internal sealed class SupplierProductConfiguration : IEntityTypeConfiguration<SupplierProduct>
{
    public void Configure(EntityTypeBuilder<SupplierProduct> builder)
    {
        builder.ToTable("SupplierProducts");
        builder.Property(s => s.SupplierCode).HasMaxLength(64);
        builder.HasIndex(s => new { s.SupplierId, s.SupplierCode }).IsUnique();
        builder.HasIndex(s => new { s.ProductId, s.SupplierId }).IsUnique();

        // One leading supplier per model; the same filter text is valid SQL on SQLite and PostgreSQL.
        builder.HasIndex(s => s.ProductId, "IX_SupplierProducts_LeadingPerProduct").IsUnique().HasFilter("\"IsLeading\"");
        builder.HasOne<Supplier>().WithMany().HasForeignKey(s => s.SupplierId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Product>().WithMany().HasForeignKey(s => s.ProductId).OnDelete(DeleteBehavior.Cascade);
    }
}
