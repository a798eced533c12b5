using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ShopCrm.Catalog.Domain;

namespace ShopCrm.Catalog.Data;

internal sealed class ProductSpecificationConfiguration : IEntityTypeConfiguration<ProductSpecification>
{
    public void Configure(EntityTypeBuilder<ProductSpecification> builder)
    {
        builder.ToTable("ProductSpecifications");
        builder.HasKey(s => new { s.ProductId, s.DefinitionId });
        builder.Property(s => s.TextValue).HasMaxLength(200);

        // Facets and range filters go from the definition to the models.
        builder.HasIndex(s => new { s.DefinitionId, s.TextValue });
        builder.HasIndex(s => new { s.DefinitionId, s.NumberValue });
        builder.HasOne<Product>().WithMany().HasForeignKey(s => s.ProductId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<SpecificationDefinition>().WithMany().HasForeignKey(s => s.DefinitionId).OnDelete(DeleteBehavior.Restrict);
    }
}
