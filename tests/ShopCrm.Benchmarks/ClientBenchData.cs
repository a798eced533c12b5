using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ShopCrm.Clients.Contracts;
using ShopCrm.Clients.Services;
using ShopCrm.Core.Data;

namespace ShopCrm.Benchmarks;

// Clients for the client grid and segment benchmarks, made by set-based SQL in the database
// (generate_series on PostgreSQL, a recursive CTE on SQLite): a million rows in seconds instead of the
// minutes EF Core's row-by-row inserts take. Region, category, spending, birth month, consent, interest
// and purchases each take the row number times a prime modulo another prime, then the few values they
// need: a plain "i * p % 12" would tie them together (every multiple of 24 born in January), and a
// segment that can match nobody is not what the count is timed for.
// Every client has one interest (one of eight fishing purposes) and a third bought one of 2,000 models
// from one of 50 suppliers, half of those in the first half of 2026.
public static class ClientBenchData
{
    public const int Models = 2_000;
    public const int Suppliers = 50;

    public static readonly IReadOnlyList<string> Interests = ["Karpiarstwo", "Spinning", "Feeder", "Morskie", "Muchowe", "Spławik", "Podlodowe", "Sumowe"];

    // The database with this many clients, generated on first use and kept between runs (see BenchDatabase).
    public static BenchDatabase Open(DatabaseProvider provider, int clients)
    {
        var database = new BenchDatabase(provider, $"clients_v2_{clients}");
        using var db = database.NewContext();
        if (db.Set<ShopCrm.Clients.Domain.Client>().Count() != clients)
        {
            Generate(db, provider, clients);
        }

        return database;
    }

    private static void Generate(ShopDbContext db, DatabaseProvider provider, int clients)
    {
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(30));
        var postgres = provider == DatabaseProvider.Postgres;
        foreach (var table in new[] { "ClientPurchases", "ClientInterests", "Clients", "SupplierProducts", "Products", "Suppliers", "Categories", "Tags" })
        {
            var delete = "DELETE FROM \"" + table + "\"";
            db.Database.ExecuteSqlRaw(delete);
        }

        var numbers = postgres ? "generate_series(1::bigint, {0}) AS n(i)" : "n";
        var prefix = postgres ? "" : "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {0}) ";
        var yes = postgres ? "TRUE" : "1";
        var no = postgres ? "FALSE" : "0";
        string At(string utc) => postgres ? $"TIMESTAMPTZ '{utc}+00'" : $"'{utc}'";
        void Run(string sql, int count) => db.Database.ExecuteSqlRaw(string.Format(CultureInfo.InvariantCulture, sql, count));

        var region = "CASE (i * 7919) % 10007 % 16 " + string.Concat(ContactNormalizer.Regions.Select((name, index) => $"WHEN {index} THEN '{name}' ")) + "END";
        var interest = "CASE {0} " + string.Concat(Interests.Select((name, index) => $"WHEN {index + 1} THEN '{name}' ")) + "END";

        Run(prefix + $"INSERT INTO \"Tags\" (\"Id\", \"Name\", \"IsFrequentSearch\") SELECT i, {string.Format(CultureInfo.InvariantCulture, interest, "i")}, {no} FROM {numbers}", Interests.Count);
        Run($"INSERT INTO \"Categories\" (\"Id\", \"ParentId\", \"Name\", \"Path\", \"SortOrder\") VALUES (1, NULL, 'Wędki', '/1/', 1)", 0);
        Run(prefix + "INSERT INTO \"Suppliers\" (\"Id\", \"Name\", \"LeadTimeDays\", \"MinimumOrderMinor\", \"Currency\", \"IsActive\", \"Version\") " +
            $"SELECT i, 'Hurtownia ' || {(postgres ? "lpad(i::text, 2, '0')" : "substr('0' || i, -2)")}, 7, 0, 'PLN', {yes}, 0 FROM {numbers}", Suppliers);
        Run(prefix + "INSERT INTO \"Products\" (\"Id\", \"Sku\", \"Name\", \"NormalizedName\", \"CategoryId\", \"NetPriceMinor\", \"VatRatePercent\", " +
            "\"GrossPriceMinor\", \"Currency\", \"Status\", \"MinimumStock\", \"Completeness\", \"PublishedIncomplete\", \"CreatedAt\", \"UpdatedAt\", \"Version\") " +
            $"SELECT i, 'S-' || i, 'Model ' || i, 'model ' || i, 1, 10000, 23, 12300, 'PLN', 1, 0, 100, {no}, {At("2025-01-01 00:00:00")}, {At("2025-01-01 00:00:00")}, 0 FROM {numbers}", Models);
        Run(prefix + "INSERT INTO \"SupplierProducts\" (\"Id\", \"SupplierId\", \"ProductId\", \"SupplierCode\", \"IsLeading\") " +
            $"SELECT i, i % {Suppliers} + 1, i, 'K-' || i, {yes} FROM {numbers}", Models);

        // About 2% VIP, 14% lost, 1% lousy; two clients in three have orders; one in 200 is erased.
        Run(prefix + "INSERT INTO \"Clients\" (\"Id\", \"Kind\", \"FirstName\", \"LastName\", \"DisplayName\", \"NormalizedName\", \"Email\", \"NormalizedEmail\", " +
            "\"Phone\", \"NormalizedPhone\", \"PostalCode\", \"City\", \"Country\", \"Region\", \"BirthMonth\", \"Channel\", \"PreferredLanguage\", \"MarketingConsent\", " +
            "\"Status\", \"RegisteredAt\", \"UpdatedAt\", \"CompletedOrders\", \"TotalSpentMinor\", \"AverageCheckMinor\", \"LastOrderAt\", \"RefusedParcels\", " +
            "\"IsVip\", \"IsLost\", \"IsLousy\", \"RfmRecency\", \"RfmFrequency\", \"RfmMonetary\", \"Version\") " +
            "SELECT i, 'Person', 'Jan', 'Klient ' || i, 'Jan Klient ' || i, 'jan klient ' || i, 'klient' || i || '@example.pl', 'klient' || i || '@example.pl', " +
            "'600 ' || i, '+48600' || i, '00-001', 'Miasto ' || (i % 500), 'PL', " + region + ", (i * 31) % 1009 % 12 + 1, 'Site', 'pl', (i * 13) % 101 % 2 = 0, " +
            $"CASE WHEN i % 200 = 7 THEN 'Erased' ELSE 'Active' END, {At("2025-01-01 00:00:00")}, {At("2025-01-01 00:00:00")}, " +
            "(i * 17) % 103 % 3 * ((i * 5) % 9), CASE WHEN (i * 17) % 103 % 3 = 0 THEN 0 ELSE (i * 104729) % 2000000 + 5000 END, 15000, " +
            $"CASE WHEN (i * 17) % 103 % 3 = 0 THEN NULL ELSE {At("2026-03-01 10:00:00")} END, 0, " +
            $"(i * 37) % 1013 % 50 = 0, (i * 41) % 1019 % 7 = 3, (i * 43) % 1021 % 100 = 5, 0, 0, 0, 0 FROM {numbers}", clients);
        Run(prefix + $"INSERT INTO \"ClientInterests\" (\"Id\", \"ClientId\", \"TagId\") SELECT i, i, (i * 53) % 1031 % {Interests.Count} + 1 FROM {numbers}", clients);
        Run(prefix + "INSERT INTO \"ClientPurchases\" (\"Id\", \"ClientId\", \"OrderId\", \"ProductId\", \"Quantity\", \"GrossMinor\", \"PurchasedAt\") " +
            $"SELECT i, i, i, (i * 61) % 1999 + 1, 1, 12300, CASE WHEN (i * 67) % 1039 % 2 = 0 THEN {At("2026-03-01 10:00:00")} ELSE {At("2025-06-01 10:00:00")} END " +
            $"FROM {numbers} WHERE (i * 59) % 1033 % 3 = 0", clients);
        db.Database.ExecuteSqlRaw("ANALYZE");
    }
}
