using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ShopCrm.Catalog.Domain;

namespace ShopCrm.Catalog.Data;

internal sealed class SpecificationDefinitionConfiguration : IEntityTypeConfiguration<SpecificationDefinition>
{
    public void Configure(EntityTypeBuilder<SpecificationDefinition> builder)
    {
        builder.ToTable("SpecificationDefinitions");
        builder.Property(d => d.Name).HasMaxLength(100);
        builder.Property(d => d.Unit).HasMaxLength(20);
        builder.Property(d => d.Options).HasMaxLength(4_000);
        builder.HasIndex(d => new { d.CategoryId, d.Name }).IsUnique();
        builder.HasOne<Category>().WithMany().HasForeignKey(d => d.CategoryId).OnDelete(DeleteBehavior.Restrict);
    }
}
