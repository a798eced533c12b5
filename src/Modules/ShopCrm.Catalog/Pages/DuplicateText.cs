using ShopCrm.Catalog.Services.Duplicates;

namespace ShopCrm.Catalog.Pages;

internal static class DuplicateText
{
    public static string Reasons(IEnumerable<DuplicateReason> reasons) => string.Join(", ", reasons.Select(r => r switch
    {
        DuplicateReason.SameEan => "Same EAN",
        DuplicateReason.SameSupplierCode => "Same supplier code",
        DuplicateReason.SameName => "Same name",
        _ => "Similar name",
    }));
}
