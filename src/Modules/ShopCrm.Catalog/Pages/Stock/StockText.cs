using System.Globalization;
using ShopCrm.Catalog.Domain;

namespace ShopCrm.Catalog.Pages.Stock;

// How stock figures and movement types read on the warehouse pages.
internal static class StockText
{
    public static string Movement(StockMovementType type) => type switch
    {
        StockMovementType.Receipt => "Goods receipt",
        StockMovementType.Reservation => "Reservation",
        StockMovementType.Release => "Release",
        StockMovementType.Sale => "Sale",
        StockMovementType.Return => "Return",
        StockMovementType.Adjustment => "Adjustment",
        StockMovementType.TransferOut => "Transfer out",
        StockMovementType.TransferIn => "Transfer in",
        _ => type.ToString(),
    };

    public static string Change(int change) => change switch
    {
        > 0 => "+" + change.ToString(CultureInfo.InvariantCulture),
        < 0 => "−" + (-change).ToString(CultureInfo.InvariantCulture),
        _ => "",
    };

    public static string State(int available, int minimum) =>
        available <= 0 ? "Out of stock" : available <= minimum ? "Low" : "In stock";

    public static Radzen.BadgeStyle StateStyle(int available, int minimum) =>
        available <= 0 ? Radzen.BadgeStyle.Danger : available <= minimum ? Radzen.BadgeStyle.Warning : Radzen.BadgeStyle.Success;

    public static string ReceiptNumber(GoodsReceipt receipt) =>
        receipt.Status == GoodsReceiptStatus.Draft ? "Draft" : receipt.Number;
}
