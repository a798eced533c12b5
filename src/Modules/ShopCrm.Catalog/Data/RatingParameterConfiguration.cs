using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ShopCrm.Catalog.Domain;

namespace ShopCrm.Catalog.Data;

internal sealed class RatingParameterConfiguration : IEntityTypeConfiguration<RatingParameter>
{
    public void Configure(EntityTypeBuilder<RatingParameter> builder)
    {
        builder.ToTable("RatingParameters");
        builder.Property(r => r.Name).HasMaxLength(100);
        builder.HasIndex(r => r.CategoryId);
        builder.HasIndex(r => r.TagId);
        builder.HasOne<Category>().WithMany().HasForeignKey(r => r.CategoryId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Tag>().WithMany().HasForeignKey(r => r.TagId).OnDelete(DeleteBehavior.Cascade);
    }
}
