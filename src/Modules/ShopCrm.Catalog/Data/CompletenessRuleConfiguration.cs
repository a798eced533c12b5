using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ShopCrm.Catalog.Domain;

namespace ShopCrm.Catalog.Data;

internal sealed class CompletenessRuleConfiguration : IEntityTypeConfiguration<CompletenessRule>
{
    public void Configure(EntityTypeBuilder<CompletenessRule> builder)
    {
        builder.ToTable("CompletenessRules");
        builder.HasKey(r => r.CategoryId);
        builder.HasOne<Category>().WithOne().HasForeignKey<CompletenessRule>(r => r.CategoryId).OnDelete(DeleteBehavior.Cascade);
    }
}
