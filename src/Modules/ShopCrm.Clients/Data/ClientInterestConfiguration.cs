using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ShopCrm.Catalog.Domain;
using ShopCrm.Clients.Domain;

namespace ShopCrm.Clients.Data;

internal sealed class ClientInterestConfiguration : IEntityTypeConfiguration<ClientInterest>
{
    public void Configure(EntityTypeBuilder<ClientInterest> builder)
    {
        builder.ToTable("ClientInterests", t => t.HasCheckConstraint("CK_ClientInterests_OneTarget", "(\"TagId\" IS NULL) <> (\"CategoryId\" IS NULL)"));
        builder.HasIndex(i => new { i.ClientId, i.TagId, i.CategoryId }).IsUnique();
        builder.HasIndex(i => new { i.TagId, i.ClientId });
        builder.HasIndex(i => new { i.CategoryId, i.ClientId });
        builder.HasOne<Client>().WithMany().HasForeignKey(i => i.ClientId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Tag>().WithMany().HasForeignKey(i => i.TagId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Category>().WithMany().HasForeignKey(i => i.CategoryId).OnDelete(DeleteBehavior.Restrict);
    }
}
