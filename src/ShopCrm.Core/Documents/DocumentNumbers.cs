using Microsoft.EntityFrameworkCore;
using ShopCrm.Core.Data;

namespace ShopCrm.Core.Documents;

// Gapless numbers per series and year ("PZ/2026/00017"). The increment is one UPDATE ... RETURNING inside
// the caller's transaction: parallel callers queue on the row lock, and a rolled-back document gives its
// number back, so no number is skipped or given twice.
public static class DocumentNumbers
{
    public static async Task<int> NextAsync(ShopDbContext db, string series, int year, CancellationToken ct = default)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Document numbers are taken inside the transaction that saves the document.");
        }

        await db.Database.ExecuteSqlAsync(
            $"""INSERT INTO "DocumentNumberSequences" ("Series", "Year", "LastNumber") VALUES ({series}, {year}, 0) ON CONFLICT DO NOTHING""", ct);
        var next = await db.Database.SqlQuery<int>(
            $"""UPDATE "DocumentNumberSequences" SET "LastNumber" = "LastNumber" + 1 WHERE "Series" = {series} AND "Year" = {year} RETURNING "LastNumber" AS "Value" """)
            .ToListAsync(ct);
        return next.Single();
    }

    // After documents were loaded with their numbers already given (the demo, a move from an older system),
    // the next one continues after them.
    public static Task ContinueAfterAsync(ShopDbContext db, string series, int year, int lastNumber, CancellationToken ct = default) =>
        db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO "DocumentNumberSequences" ("Series", "Year", "LastNumber") VALUES ({series}, {year}, {lastNumber})
            ON CONFLICT ("Series", "Year") DO UPDATE SET "LastNumber" = excluded."LastNumber"
            """,
            ct);

    public static string Format(string series, int year, int number) => $"{series}/{year}/{number:D5}";
}
