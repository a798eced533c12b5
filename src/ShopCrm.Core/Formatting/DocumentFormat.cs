using System.Globalization;

namespace ShopCrm.Core.Formatting;

// Invoices, delivery notes, purchase orders, gift cards and the mails that carry them are written in Polish,
// so their amounts and dates are Polish whatever culture the screens use. Times given here are already the
// shop's local times (the document snapshot holds them so).
public static class DocumentFormat
{
    private const string DatePattern = "dd.MM.yyyy";
    private const string DateTimePattern = "dd.MM.yyyy HH:mm";

    public static CultureInfo Culture { get; } = CultureInfo.GetCultureInfo("pl-PL");

    public static string Money(long minor, string currency) => ShopFormat.Amount(minor, currency, Culture);

    public static string Count(long count) => count.ToString("N0", Culture);

    public static string Number(long number) => number.ToString(Culture);

    public static string Date(DateOnly local) => local.ToString(DatePattern, Culture);

    public static string Date(DateTime local) => local.ToString(DatePattern, Culture);

    public static string DateTime(DateTime local) => local.ToString(DateTimePattern, Culture);
}
