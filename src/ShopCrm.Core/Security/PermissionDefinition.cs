namespace ShopCrm.Core.Security;

// Declared by a module. DefaultRoles are granted once, when the permission first appears in a database;
// after that the grants belong to the shop (Settings edits them). The Owner always holds every permission.
public sealed record PermissionDefinition(
    string Name,
    string Group,
    string Description,
    IReadOnlyList<string> DefaultRoles,
    bool IsSiteApiScope = false);
