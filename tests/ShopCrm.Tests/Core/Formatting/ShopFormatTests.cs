using ShopCrm.Core.Formatting;
using ShopCrm.Core.Time;
using ShopCrm.Tests.Infrastructure;

namespace ShopCrm.Tests.Core.Formatting;

public sealed class ShopFormatTests
{
    private static readonly TimeZoneInfo Warsaw = TimeZoneInfo.FindSystemTimeZoneById("Europe/Warsaw");

    private static ShopFormat For(string culture) => new(ShopFormat.CultureOf(culture), new ShopClock(new ManualClock(DateTimeOffset.UtcNow), Warsaw));

    [Theory]
    [InlineData("en-GB", "1,234.50 PLN")]
    [InlineData("pl-PL", "1 234,50 PLN")]
    public void Amounts_follow_the_shop_culture(string culture, string expected) =>
        Assert.Equal(expected, For(culture).Money(123450, "PLN").Replace('\u00a0', ' ').Replace('\u202f', ' '));

    [Fact]
    public void No_culture_configured_means_the_default_one() =>
        Assert.Equal(ShopFormat.DefaultCulture, ShopFormat.CultureOf(null).Name);

    [Theory]
    // 23:30 UTC on New Year's Eve is already the new year in Warsaw (UTC+1 in winter).
    [InlineData("2026-12-31T23:30:00Z", "en-GB", "1 Jan 2027, 00:30")]
    // The night summer time starts: 00:30 UTC is 01:30 (UTC+1), 01:30 UTC is 03:30 (UTC+2).
    [InlineData("2026-03-29T00:30:00Z", "en-GB", "29 Mar 2026, 01:30")]
    [InlineData("2026-03-29T01:30:00Z", "en-GB", "29 Mar 2026, 03:30")]
    // The night it ends: 00:30 UTC is 02:30 (UTC+2), 01:30 UTC is 02:30 again (UTC+1).
    [InlineData("2026-10-25T00:30:00Z", "pl-PL", "25 paź 2026, 02:30")]
    [InlineData("2026-10-25T01:30:00Z", "pl-PL", "25 paź 2026, 02:30")]
    public void Stored_times_are_shown_in_the_shop_time_zone(string utc, string culture, string expected) =>
        Assert.Equal(expected, For(culture).DateTime(DateTime.Parse(utc, null, System.Globalization.DateTimeStyles.AdjustToUniversal)));

    [Fact]
    public void A_date_is_the_shop_day_not_the_UTC_day() =>
        Assert.Equal("1 sty 2027", For("pl-PL").Date(new DateTime(2026, 12, 31, 23, 30, 0, DateTimeKind.Utc)));

    [Fact]
    public void Dense_lists_show_the_short_shop_day_and_time()
    {
        var justAfterMidnight = new DateTime(2026, 12, 31, 23, 30, 0, DateTimeKind.Utc);
        Assert.Equal(("01/01/27", "01/01/27 00:30", "00:30"), (For("en-GB").ShortDate(justAfterMidnight), For("en-GB").ShortDateTime(justAfterMidnight), For("en-GB").Time(justAfterMidnight)));
        Assert.Equal("01.01.27 00:30", For("pl-PL").ShortDateTime(justAfterMidnight));
    }

    [Theory]
    [InlineData("en-GB", "1,234.50", "12,345")]
    [InlineData("pl-PL", "1 234,50", "12 345")]
    public void Amounts_without_currency_and_counts_follow_the_shop_culture(string culture, string amount, string count) =>
        Assert.Equal((amount, count), (Spaced(For(culture).Amount(123450)), Spaced(For(culture).Count(12345))));

    [Fact]
    public void Documents_print_polish_amounts_and_dates_whatever_the_shop_culture() =>
        Assert.Equal(("29,98 PLN", "31.12.2026", "31.12.2026 23:30"), (DocumentFormat.Money(2998, "PLN"), DocumentFormat.Date(new DateOnly(2026, 12, 31)), DocumentFormat.DateTime(new DateTime(2026, 12, 31, 23, 30, 0))));

    private static string Spaced(string text) => text.Replace('\u00a0', ' ').Replace('\u202f', ' ');
}
