namespace ShopCrm.Core.Security;

public static class Roles
{
    public const string Owner = "Owner";
    public const string OrderManager = "OrderManager";
    public const string Warehouse = "Warehouse";
    public const string ContentEditor = "ContentEditor";
    public const string Accountant = "Accountant";
    public const string Moderator = "Moderator";

    public static readonly IReadOnlyList<string> All =
        [Owner, OrderManager, Warehouse, ContentEditor, Accountant, Moderator];

    public static readonly IReadOnlyList<string> Staff =
        [OrderManager, Warehouse, ContentEditor, Accountant, Moderator];

    public static string DisplayName(string role) => role switch
    {
        OrderManager => "Order manager",
        ContentEditor => "Content editor",
        _ => role,
    };
}
