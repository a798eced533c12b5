using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ShopCrm.Core.Security;

internal sealed class KnownPermissionConfiguration : IEntityTypeConfiguration<KnownPermission>
{
    public void Configure(EntityTypeBuilder<KnownPermission> builder)
    {
        builder.ToTable("KnownPermissions");
        builder.HasKey(k => k.Name);
        builder.Property(k => k.Name).HasMaxLength(128);
    }
}
