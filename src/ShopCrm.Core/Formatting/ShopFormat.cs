using System.Globalization;
using ShopCrm.Core.Time;

namespace ShopCrm.Core.Formatting;

// How people read amounts and times on screens: in the shop's culture (Shop:Culture) and, for stored UTC
// times, in the shop's time zone. Documents and the mails that go with them are written in Polish and use
// DocumentFormat. Machine formats (CSV files, API JSON, file names, query strings) stay culture-invariant
// and do not come here.
public sealed class ShopFormat(CultureInfo culture, ShopClock clock)
{
    public const string DefaultCulture = "en-GB";

    private const string DatePattern = "d MMM yyyy";
    private const string DateTimePattern = "d MMM yyyy, HH:mm";
    private const string LongDatePattern = "dddd, d MMMM yyyy";
    private const string DayPattern = "d MMM";

    // Dense lists (orders, movements, cards) keep a short form; '/' is the culture's date separator.
    private const string ShortDatePattern = "dd/MM/yy";
    private const string ShortDateTimePattern = "dd/MM/yy HH:mm";
    private const string TimePattern = "HH:mm";

    public CultureInfo Culture => culture;

    public string Money(long minor, string currency) => Amount(minor, currency, culture);

    // An amount whose currency is said once nearby (a range, a column header).
    public string Amount(long minor) => new Money.Money(minor, "").ToDecimal().ToString("N2", culture);

    public string Count(long count) => count.ToString("N0", culture);

    public string Date(DateTime utc) => LocalDate(clock.ToLocal(utc));

    public string Date(DateTime? utc) => utc is { } at ? Date(at) : "—";

    public string DateTime(DateTime utc) => LocalDateTime(clock.ToLocal(utc));

    public string ShortDate(DateTime utc) => clock.ToLocal(utc).ToString(ShortDatePattern, culture);

    public string ShortDateTime(DateTime utc) => clock.ToLocal(utc).ToString(ShortDateTimePattern, culture);

    public string ShortDateTime(DateTime? utc) => utc is { } at ? ShortDateTime(at) : "—";

    public string Time(DateTime utc) => clock.ToLocal(utc).ToString(TimePattern, culture);

    public string LongDate(DateTime utc) => clock.ToLocal(utc).ToString(LongDatePattern, culture);

    // A date that is already the shop's (a birthday, a day chosen in a form, a day of a report).
    public string LocalDate(DateTime local) => local.ToString(DatePattern, culture);

    public string LocalDate(DateOnly local) => local.ToString(DatePattern, culture);

    public string LocalDate(DateOnly? local) => local is { } day ? LocalDate(day) : "—";

    public string LocalDateTime(DateTime local) => local.ToString(DateTimePattern, culture);

    public string Day(DateOnly local) => local.ToString(DayPattern, culture);

    public string MonthName(int month) => culture.DateTimeFormat.GetMonthName(month);

    public static string Amount(long minor, string currency, CultureInfo culture) =>
        new Money.Money(minor, currency).Format(culture);

    public static CultureInfo CultureOf(string? name) => CultureInfo.GetCultureInfo(string.IsNullOrWhiteSpace(name) ? DefaultCulture : name);
}
