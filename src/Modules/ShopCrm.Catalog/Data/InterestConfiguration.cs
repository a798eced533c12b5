using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ShopCrm.Catalog.Domain;

namespace ShopCrm.Catalog.Data;

internal sealed class InterestConfiguration : IEntityTypeConfiguration<Interest>
{
    public void Configure(EntityTypeBuilder<Interest> builder)
    {
        builder.ToTable("Interests");
        builder.Property(i => i.Name).HasMaxLength(100);
        builder.HasIndex(i => i.Name).IsUnique();
        builder.HasOne<Tag>().WithMany().HasForeignKey(i => i.TagId).OnDelete(DeleteBehavior.SetNull);
    }
}
