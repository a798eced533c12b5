using ShopCrm.Catalog.Domain;
using ShopCrm.Core.Data;

namespace ShopCrm.Catalog.Services.Suppliers;

// The card's purchase price follows its leading supplier's price (from a price list or an offer typed in),
// with a price history row; the card is tracked, so the change is audited on save.
internal static class LeadingSupplierPrice
{
    public static bool CopyToCard(ShopDbContext db, Product product, long? purchaseMinor, DateTime now, string userName)
    {
        if (purchaseMinor is null || product.PurchasePriceMinor == purchaseMinor)
        {
            return false;
        }

        db.Add(new PriceChange
        {
            ProductId = product.Id,
            At = now,
            UserName = userName,
            OldNetMinor = product.NetPriceMinor,
            NewNetMinor = product.NetPriceMinor,
            VatRatePercent = product.VatRatePercent,
            OldPurchaseMinor = product.PurchasePriceMinor,
            NewPurchaseMinor = purchaseMinor,
        });
        product.PurchasePriceMinor = purchaseMinor;
        product.UpdatedAt = now;
        product.Version++;
        return true;
    }
}
