using System.Globalization;

namespace ShopCrm.Core.Money;

// Amounts are whole minor units (grosze, cents) so that sums and sorts run in SQL on SQLite too,
// which keeps decimal as TEXT. Every currency the shop uses has two minor digits.
public readonly record struct Money(long MinorUnits, string Currency) : IComparable<Money>
{
    public const int MinorDigits = 2;
    private const decimal MinorPerMajor = 100m;

    public static Money Zero(string currency) => new(0, currency);

    public static Money FromDecimal(decimal amount, string currency) =>
        new((long)Math.Round(amount * MinorPerMajor, MidpointRounding.AwayFromZero), currency);

    public decimal ToDecimal() => MinorUnits / MinorPerMajor;

    public static Money operator +(Money a, Money b) => new(checked(a.MinorUnits + b.MinorUnits), SameCurrency(a, b));

    public static Money operator -(Money a, Money b) => new(checked(a.MinorUnits - b.MinorUnits), SameCurrency(a, b));

    public static Money operator *(Money a, int quantity) => new(checked(a.MinorUnits * quantity), a.Currency);

    public static Money operator -(Money a) => new(-a.MinorUnits, a.Currency);

    public static bool operator <(Money a, Money b) => a.CompareTo(b) < 0;

    public static bool operator >(Money a, Money b) => a.CompareTo(b) > 0;

    public static bool operator <=(Money a, Money b) => a.CompareTo(b) <= 0;

    public static bool operator >=(Money a, Money b) => a.CompareTo(b) >= 0;

    public int CompareTo(Money other) => MinorUnits.CompareTo(new Money(other.MinorUnits, SameCurrency(this, other)).MinorUnits);

    public string Format(CultureInfo? culture = null) =>
        string.Create(culture ?? CultureInfo.CurrentCulture, $"{ToDecimal():N2} {Currency}");

    public override string ToString() => Format(CultureInfo.InvariantCulture);

    private static string SameCurrency(Money a, Money b) =>
        a.Currency == b.Currency
            ? a.Currency
            : throw new InvalidOperationException($"Cannot combine {a.Currency} and {b.Currency}.");
}
