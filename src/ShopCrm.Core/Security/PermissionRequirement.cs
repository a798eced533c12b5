using Microsoft.AspNetCore.Authorization;

namespace ShopCrm.Core.Security;

public sealed record PermissionRequirement(string Permission) : IAuthorizationRequirement;
