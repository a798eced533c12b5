namespace ShopCrm.Catalog.Services.Restock;

internal sealed class RestockOptions
{
    public const string Section = "Restock";

    // How often the restock job looks for models to order (Restock:IntervalMinutes).
    public int IntervalMinutes { get; set; } = 60;

    // The stock an order should leave after the supplier's lead time, in days of sales.
    public int CoverDays { get; set; } = 30;
}
