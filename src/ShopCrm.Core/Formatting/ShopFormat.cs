using System.Globalization;
using ShopCrm.Core.Time;

namespace ShopCrm.Core.Formatting;

// How people read amounts and times: in the shop's culture (Shop:Culture) and, for stored UTC times, in the
// shop's time zone. Machine formats (CSV files, API JSON, file names) stay culture-invariant and do not
// come here.
public sealed class ShopFormat(CultureInfo culture, ShopClock clock)
{
    public const string DefaultCulture = "en-GB";

    private const string DatePattern = "d MMM yyyy";
    private const string DateTimePattern = "d MMM yyyy, HH:mm";

    public CultureInfo Culture => culture;

    public string Money(long minor, string currency) => Amount(minor, currency, culture);

    public string Date(DateTime utc) => LocalDate(clock.ToLocal(utc));

    public string DateTime(DateTime utc) => LocalDateTime(clock.ToLocal(utc));

    // A date that is already the shop's (a birthday, a day chosen in a form).
    public string LocalDate(DateTime local) => local.ToString(DatePattern, culture);

    public string LocalDateTime(DateTime local) => local.ToString(DateTimePattern, culture);

    public static string Amount(long minor, string currency, CultureInfo culture) =>
        new Money.Money(minor, currency).Format(culture);

    public static CultureInfo CultureOf(string? name) => CultureInfo.GetCultureInfo(string.IsNullOrWhiteSpace(name) ? DefaultCulture : name);
}
