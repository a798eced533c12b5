using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ShopCrm.Core.Security;

internal sealed class RolePermissionConfiguration : IEntityTypeConfiguration<RolePermission>
{
    public void Configure(EntityTypeBuilder<RolePermission> builder)
    {
        builder.ToTable("RolePermissions");
        builder.HasKey(r => new { r.RoleName, r.Permission });
        builder.Property(r => r.RoleName).HasMaxLength(64);
        builder.Property(r => r.Permission).HasMaxLength(128);
    }
}
