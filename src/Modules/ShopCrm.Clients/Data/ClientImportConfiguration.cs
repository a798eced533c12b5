using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ShopCrm.Clients.Domain;

namespace ShopCrm.Clients.Data;

internal sealed class ClientImportConfiguration : IEntityTypeConfiguration<ClientImport>
{
    public void Configure(EntityTypeBuilder<ClientImport> builder)
    {
        builder.ToTable("ClientImports");
        builder.Property(i => i.FileName).HasMaxLength(260);
        builder.Property(i => i.StoredName).HasMaxLength(100);
        builder.Property(i => i.ColumnMap).HasMaxLength(4_000);
        builder.Property(i => i.Tags).HasMaxLength(500);
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(i => i.CreatedBy).HasMaxLength(100);
        builder.HasIndex(i => i.CreatedAt);
    }
}
