using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ShopCrm.Catalog.Domain;

namespace ShopCrm.Catalog.Data;

internal sealed class SupplierConfiguration : IEntityTypeConfiguration<Supplier>
{
    public void Configure(EntityTypeBuilder<Supplier> builder)
    {
        builder.ToTable("Suppliers");
        builder.Property(s => s.Name).HasMaxLength(200);
        builder.Property(s => s.ContactName).HasMaxLength(200);
        builder.Property(s => s.Email).HasMaxLength(256);
        builder.Property(s => s.Phone).HasMaxLength(32);
        builder.Property(s => s.Website).HasMaxLength(200);
        builder.Property(s => s.Currency).HasMaxLength(3);
        builder.Property(s => s.Notes).HasMaxLength(2_000);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.HasIndex(s => s.Name).IsUnique();
    }
}
