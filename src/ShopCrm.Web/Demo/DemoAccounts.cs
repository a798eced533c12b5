using ShopCrm.Core.Security;

namespace ShopCrm.Web.Demo;

// Demo mode only: known logins so a newcomer can try every role. Never created outside `seed --demo`
// and the first run in Development.
public static class DemoAccounts
{
    public const string Password = "wedka-demo-2026";

    public static readonly IReadOnlyList<(string Email, string FullName, string Role)> All =
    [
        ("owner@demo.shopcrm.pl", "Anna Właścicielska", Roles.Owner),
        ("orders@demo.shopcrm.pl", "Marek Zamówieniowy", Roles.OrderManager),
        ("warehouse@demo.shopcrm.pl", "Piotr Magazynowy", Roles.Warehouse),
        ("content@demo.shopcrm.pl", "Ewa Treściowa", Roles.ContentEditor),
        ("accounts@demo.shopcrm.pl", "Katarzyna Księgowa", Roles.Accountant),
        ("moderator@demo.shopcrm.pl", "Tomasz Moderator", Roles.Moderator),
    ];
}
