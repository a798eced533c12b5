using ShopCrm.Core.Modules;

namespace ShopCrm.Certificates;

public static class CertificateMenu
{
    public static readonly IReadOnlyList<MenuEntry> Entries =
    [
        new("Gift cards", "Gift cards", "/certificates", "card_giftcard", CertificatePermissions.View, Order: 400),
        new("Gift cards", "Reports", "/certificates/reports", "insights", CertificatePermissions.Reports, Order: 410),
        new("Gift cards", "Card series", "/certificates/series", "style", CertificatePermissions.Manage, Order: 420),
    ];
}
