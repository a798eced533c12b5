namespace ShopCrm.Core.Security;

// Thrown by PermissionGuard when the acting person lacks a permission; HTTP endpoints answer it with 403
// problem details and pages with a plain "not allowed" message. Nothing has been written when it is thrown.
public sealed class PermissionDeniedException(string permission, string message) : Exception(message)
{
    public string Permission { get; } = permission;
}
