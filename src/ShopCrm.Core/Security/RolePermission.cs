namespace ShopCrm.Core.Security;

public sealed class RolePermission
{
    public required string RoleName { get; init; }

    public required string Permission { get; init; }
}
