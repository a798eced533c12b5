using System.Globalization;
using Radzen;
using ShopCrm.Certificates.Contracts;
using ShopCrm.Certificates.Domain;
using ShopCrm.Core.Money;

namespace ShopCrm.Certificates.Pages;

// How statuses, channels, ledger entries and amounts read on the gift card pages.
public static class CertificateText
{
    public static readonly IReadOnlyList<SalesChannel> Channels = [SalesChannel.Store, SalesChannel.Phone, SalesChannel.Online, SalesChannel.SalesRep];

    // Where staff sell cards by hand; the e-shop sells through the site API.
    public static readonly IReadOnlyList<SalesChannel> CounterChannels = [SalesChannel.Store, SalesChannel.Phone, SalesChannel.SalesRep];

    public static string Status(CertificateStatus status) => status switch
    {
        CertificateStatus.Issued => "Not activated",
        CertificateStatus.Active => "Active",
        CertificateStatus.PartlyUsed => "Partly used",
        CertificateStatus.UsedUp => "Used up",
        CertificateStatus.Expired => "Expired",
        CertificateStatus.Blocked => "Blocked",
        _ => status.ToString(),
    };

    public static BadgeStyle StatusStyle(CertificateStatus status) => status switch
    {
        CertificateStatus.Issued => BadgeStyle.Warning,
        CertificateStatus.Active => BadgeStyle.Success,
        CertificateStatus.PartlyUsed => BadgeStyle.Info,
        CertificateStatus.UsedUp => BadgeStyle.Light,
        CertificateStatus.Expired => BadgeStyle.Secondary,
        CertificateStatus.Blocked => BadgeStyle.Danger,
        _ => BadgeStyle.Base,
    };

    public static string Channel(SalesChannel channel) => channel switch
    {
        SalesChannel.Store => "Store",
        SalesChannel.Phone => "Phone",
        SalesChannel.Online => "E-shop",
        SalesChannel.SalesRep => "Sales rep",
        SalesChannel.All => "Everywhere",
        SalesChannel.None => "Nowhere",
        _ => string.Join(", ", Channels.Where(c => channel.HasFlag(c)).Select(Channel)),
    };

    public static string Transaction(CertificateTransactionType type) => type switch
    {
        CertificateTransactionType.Activation => "Activation",
        CertificateTransactionType.Redemption => "Paid for an order",
        CertificateTransactionType.Release => "Order cancelled",
        CertificateTransactionType.Refund => "Order returned",
        CertificateTransactionType.ExpiryWriteOff => "Expired, written off",
        CertificateTransactionType.Adjustment => "Correction",
        _ => type.ToString(),
    };

    public static string Reservation(ReservationStatus status) => status switch
    {
        ReservationStatus.Reserved => "Reserved (order not paid yet)",
        ReservationStatus.Committed => "Spent (order paid)",
        ReservationStatus.Released => "Given back (order cancelled)",
        ReservationStatus.Refunded => "Refunded (order returned)",
        _ => status.ToString(),
    };

    public static string Amount(long minor, string currency) => new Money(minor, currency).Format();

    // "+200.00 PLN" / "−30.00 PLN": a ledger reads at a glance which way the money went.
    public static string Signed(long minor, string currency) =>
        (minor > 0 ? "+" : minor < 0 ? "\u2212" : "") + new Money(Math.Abs(minor), currency).Format();

    public static string Months(int months) => months == 1 ? "1 month" : string.Create(CultureInfo.CurrentCulture, $"{months} months");

    // Radzen names a numeric input after its field name (aria-label="FaceValue"), which hides the form
    // field's visible label from screen readers; this gives the input the visible label as its name.
    public static Dictionary<string, object> NamedInput(string label) => new() { ["aria-label"] = label };

    public static long ToMinor(decimal amount) => Money.FromDecimal(amount, "PLN").MinorUnits;

    public static decimal ToMajor(long minor) => new Money(minor, "PLN").ToDecimal();
}
