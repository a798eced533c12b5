using Microsoft.EntityFrameworkCore;
using ShopCrm.Core.Data;

namespace ShopCrm.Benchmarks;

// Orders for the grid benchmark, made by set-based SQL like ProductGridData: one order every 63 seconds
// from 2025-01-01 (a million orders span two years), nearly all delivered, one in twenty cancelled, one in
// thirty-three returned, the last two thousand spread over the open steps. Lines are not needed by the list.
public static class OrderGridData
{
    public static readonly DateTime First = new(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public static void Generate(ShopDbContext db, DatabaseProvider provider, int orders)
    {
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(30));
        db.Database.ExecuteSqlRaw("DELETE FROM \"Orders\"");
        var postgres = provider == DatabaseProvider.Postgres;
        var numbers = postgres ? "generate_series(1::bigint, {0}) AS n(i)" : "n";
        var prefix = postgres ? "" : "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {0}) ";
        var placed = postgres
            ? "TIMESTAMPTZ '2025-01-01 00:00:00+00' + i * INTERVAL '63 seconds'"
            : "strftime('%Y-%m-%d %H:%M:%S', '2025-01-01 00:00:00', '+' || (i * 63) || ' seconds')";
        var sql = prefix +
            "INSERT INTO \"Orders\" (\"Id\", \"Number\", \"Channel\", \"Status\", \"ClientId\", \"CustomerName\", \"CustomerEmail\", \"PaymentMethod\", \"PaymentState\", " +
            "\"DeliveryMethod\", \"Country\", \"Currency\", \"NetMinor\", \"VatMinor\", \"GrossMinor\", \"OrderDiscountMinor\", \"CertificateAmountMinor\", \"PayableMinor\", " +
            "\"RefundDueMinor\", \"PlacedAt\", \"UpdatedAt\", \"Version\") " +
            "SELECT i, 'ZAM/B/' || i, i % 4, " +
            "CASE WHEN i > {0} - 2000 THEN i % 6 WHEN i % 20 = 0 THEN 7 WHEN i % 33 = 0 THEN 8 ELSE 6 END, NULL, 'Klient ' || (i * 7919 % 70000), NULL, i % 3, 1, " +
            "i % 3, 'PL', 'PLN', (i * 104729) % 100000, (i * 104729) % 100000 * 23 / 100, (i * 104729) % 100000 * 123 / 100, 0, 0, (i * 104729) % 100000 * 123 / 100, " +
            $"0, {placed}, {placed}, 0 FROM {numbers}";
        db.Database.ExecuteSqlRaw(string.Format(System.Globalization.CultureInfo.InvariantCulture, sql, orders));
        // VACUUM also marks PostgreSQL's visibility map, without which the count cannot be an index-only scan.
        db.Database.ExecuteSqlRaw(postgres ? "VACUUM ANALYZE \"Orders\"" : "ANALYZE");
    }
}
