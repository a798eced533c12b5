using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ShopCrm.Catalog.Domain;

namespace ShopCrm.Catalog.Data;

internal sealed class DuplicateDismissalConfiguration : IEntityTypeConfiguration<DuplicateDismissal>
{
    public void Configure(EntityTypeBuilder<DuplicateDismissal> builder)
    {
        builder.ToTable("DuplicateDismissals");
        builder.HasKey(d => new { d.ProductId, d.OtherProductId });
        builder.Property(d => d.DismissedBy).HasMaxLength(256);
        builder.HasIndex(d => d.OtherProductId);
        builder.HasOne<Product>().WithMany().HasForeignKey(d => d.ProductId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Product>().WithMany().HasForeignKey(d => d.OtherProductId).OnDelete(DeleteBehavior.Cascade);
    }
}
