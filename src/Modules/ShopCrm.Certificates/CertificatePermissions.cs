using ShopCrm.Core.Security;

namespace ShopCrm.Certificates;

public static class CertificatePermissions
{
    public const string View = "certificates.view";
    public const string Sell = "certificates.sell";
    public const string IssueBatch = "certificates.batch";
    public const string Print = "certificates.print";
    public const string Manage = "certificates.manage";
    public const string Adjust = "certificates.adjust";
    public const string Reports = "certificates.reports";
    public const string SiteCheckBalance = "api.certificates.balance";
    public const string SiteSell = "api.certificates.sell";

    public static readonly IReadOnlyList<PermissionDefinition> All =
    [
        new(View, "Certificates", "See gift cards and their ledgers", [Roles.OrderManager, Roles.Accountant]),
        new(Sell, "Certificates", "Sell a gift card in the store or by phone", [Roles.Accountant]),
        new(IssueBatch, "Certificates", "Issue a batch of gift cards", []),
        new(Print, "Certificates", "See gift card codes in full and print cards (a code spends like cash; others see its last four characters)", [Roles.Accountant]),
        new(Manage, "Certificates", "Block, unblock and activate gift cards; edit series", [Roles.Accountant]),
        new(Adjust, "Certificates", "Correct a gift card's balance by hand", [Roles.Accountant]),
        new(Reports, "Certificates", "Read gift card reports (liability, expiry, sales)", [Roles.Accountant]),
        new(SiteCheckBalance, "Site API", "Check a gift card's balance", [], IsSiteApiScope: true),
        new(SiteSell, "Site API", "Sell gift cards in the e-shop", [], IsSiteApiScope: true),
    ];
}
