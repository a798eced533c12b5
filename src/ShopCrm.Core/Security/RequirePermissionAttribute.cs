using Microsoft.AspNetCore.Authorization;

namespace ShopCrm.Core.Security;

[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = false)]
public sealed class RequirePermissionAttribute(string permission) : AuthorizeAttribute(PermissionPolicy.For(permission))
{
    public string Permission { get; } = permission;
}
