using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ShopCrm.Clients.Domain;

namespace ShopCrm.Clients.Data;

internal sealed class ClientCategoryRulesConfiguration : IEntityTypeConfiguration<ClientCategoryRules>
{
    public void Configure(EntityTypeBuilder<ClientCategoryRules> builder)
    {
        builder.ToTable("ClientCategoryRules");
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Version).IsConcurrencyToken();
    }
}
