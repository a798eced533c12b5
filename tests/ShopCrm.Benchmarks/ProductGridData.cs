using Microsoft.EntityFrameworkCore;
using ShopCrm.Core.Data;

namespace ShopCrm.Benchmarks;

// Models for the grid benchmark, made by set-based SQL in the database (generate_series on PostgreSQL, a
// recursive CTE on SQLite) so that a million rows take seconds, not the minutes row-by-row inserts take.
// Values are spread by multiplying the row number by primes, so category, tag, price and stock are
// independent of each other, as they are in a real catalog.
public static class ProductGridData
{
    public static void Generate(ShopDbContext db, DatabaseProvider provider, int models)
    {
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(30));
        var postgres = provider == DatabaseProvider.Postgres;
        foreach (var table in new[] { "ProductStocks", "ProductTags", "Products", "Tags", "Categories", "Brands", "Warehouses" })
        {
            var delete = "DELETE FROM \"" + table + "\"";
            db.Database.ExecuteSqlRaw(delete);
        }

        var numbers = postgres ? "generate_series(1::bigint, {0}) AS n(i)" : "n";
        var prefix = postgres ? "" : "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {0}) ";
        var yes = postgres ? "TRUE" : "1";
        var no = postgres ? "FALSE" : "0";
        var at = postgres ? "TIMESTAMPTZ '2026-01-01 00:00:00+00'" : "'2026-01-01 00:00:00'";
        void Run(string sql, int count) => db.Database.ExecuteSqlRaw(string.Format(System.Globalization.CultureInfo.InvariantCulture, sql, count));

        Run($"INSERT INTO \"Warehouses\" (\"Id\", \"Code\", \"Name\", \"IsDefault\", \"IsActive\") VALUES (1, 'MAG', 'Magazyn główny', {yes}, {yes})", 0);
        Run(prefix + $"INSERT INTO \"Brands\" (\"Id\", \"Name\", \"IsActive\") SELECT i, 'Marka ' || i, {yes} FROM {numbers}", 30);
        Run(prefix + $"INSERT INTO \"Tags\" (\"Id\", \"Name\", \"IsFrequentSearch\") SELECT i, 'tag ' || i, {no} FROM {numbers}", 20);

        // Roots 1-10 ("/1/"), and under root r the subcategories 10 + 5 (r - 1) + 1..5 ("/r/id/").
        Run(prefix + $"INSERT INTO \"Categories\" (\"Id\", \"ParentId\", \"Name\", \"Path\", \"SortOrder\") SELECT i, NULL, 'Kategoria ' || i, '/' || i || '/', i FROM {numbers}", 10);
        Run(prefix + "INSERT INTO \"Categories\" (\"Id\", \"ParentId\", \"Name\", \"Path\", \"SortOrder\") " +
            $"SELECT 10 + i, (i - 1) / 5 + 1, 'Podkategoria ' || i, '/' || ((i - 1) / 5 + 1) || '/' || (10 + i) || '/', i FROM {numbers}", 50);

        Run(prefix + "INSERT INTO \"Products\" (\"Id\", \"Sku\", \"Name\", \"NormalizedName\", \"BrandId\", \"CategoryId\", \"NetPriceMinor\", \"VatRatePercent\", " +
            "\"GrossPriceMinor\", \"Currency\", \"Status\", \"MinimumStock\", \"Completeness\", \"PublishedIncomplete\", \"CreatedAt\", \"UpdatedAt\", \"Version\") " +
            "SELECT i, 'B-' || i, 'Model ' || i, 'model ' || i, i % 30 + 1, 11 + (i * 7919) % 50, (999 + (i * 104729) % 200000) * 100 / 123, 23, " +
            $"999 + (i * 104729) % 200000, 'PLN', 1, 3, 100, {no}, {at}, {at}, 0 FROM {numbers}", models);
        Run(prefix + $"INSERT INTO \"ProductTags\" (\"ProductId\", \"TagId\") SELECT i, (i * 31) % 20 + 1 FROM {numbers}", models);
        Run(prefix + $"INSERT INTO \"ProductTags\" (\"ProductId\", \"TagId\") SELECT i, ((i * 31) % 20 + 1 + (i * 17) % 19) % 20 + 1 FROM {numbers}", models);
        Run(prefix + "INSERT INTO \"ProductStocks\" (\"ProductId\", \"WarehouseId\", \"OnHand\", \"Reserved\") " +
            $"SELECT i, 1, (i * 13) % 21, CASE WHEN (i * 13) % 21 > 0 AND i % 11 = 0 THEN (i * 13) % 21 ELSE 0 END FROM {numbers}", models);
        db.Database.ExecuteSqlRaw("UPDATE \"Products\" SET \"AvailableStock\" = (SELECT s.\"OnHand\" - s.\"Reserved\" FROM \"ProductStocks\" s WHERE s.\"ProductId\" = \"Products\".\"Id\")");
        db.Database.ExecuteSqlRaw("ANALYZE");
    }
}
