using Microsoft.EntityFrameworkCore;
using ShopCrm.Certificates.Contracts;
using ShopCrm.Certificates.Domain;
using ShopCrm.Certificates.Services;
using ShopCrm.Core.Data;
using ShopCrm.Core.Demo;

namespace ShopCrm.Certificates.Demo;

// Cards in every state, sold over the last fourteen months (some expiring within a month, so the report
// and the reminder have work), with ledgers that add up to their balances.
internal sealed class CertificateDemoSeeder(IDbContextFactory<ShopDbContext> contexts, TimeProvider time) : IDemoDataSeeder
{
    private static readonly string[] FirstNames = ["Zofia", "Jan", "Katarzyna", "Piotr", "Agnieszka", "Tomasz", "Magdalena", "Paweł", "Anna", "Michał"];
    private static readonly string[] LastNames = ["Nowak", "Kowalski", "Wiśniewska", "Wójcik", "Kamińska", "Lewandowski", "Zielińska", "Szymański", "Woźniak", "Dąbrowski"];
    private static readonly string[] Messages =
    [
        "Wszystkiego najlepszego z okazji urodzin! Połamania kija!",
        "Na nowy kołowrotek – od całej rodziny.",
        "Dla najlepszego taty i wędkarza.",
        "Wesołych Świąt i wielkich karpi!",
    ];

    public int Order => 300;

    public string Name => "Certificates";

    public async Task SeedAsync(DemoScale scale, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (await db.Set<CertificateSeries>().AnyAsync(ct))
        {
            return;
        }

        const string conditions = "Karta do wykorzystania w sklepie internetowym i stacjonarnym. Nie podlega wymianie na gotówkę.";
        var series = new[]
        {
            new CertificateSeries { Name = "Karta podarunkowa 100 zł", FaceValueMinor = 10000, Conditions = conditions },
            new CertificateSeries { Name = "Karta podarunkowa 200 zł", FaceValueMinor = 20000, Conditions = conditions },
            new CertificateSeries { Name = "Karta o dowolnej wartości", FaceValueMinor = null, MinValueMinor = 2000, MaxValueMinor = 200000, Conditions = conditions },
            new CertificateSeries { Name = "Bon firmowy 50 zł (jednorazowy)", FaceValueMinor = 5000, AllowPartialUse = false, SoldIn = SalesChannel.SalesRep | SalesChannel.Phone, Conditions = conditions },
        };
        db.AddRange(series);
        await db.SaveChangesAsync(ct);

        var random = new Random(2026);
        var now = time.GetUtcNow().UtcDateTime;
        var count = scale == DemoScale.Full ? 600 : 120;
        var states = Enum.GetValues<CertificateStatus>();
        var cards = new List<(Certificate Card, CertificateStatus State)>();
        for (var i = 0; i < count; i++)
        {
            var kind = series[random.Next(series.Length)];
            var state = states[i % states.Length];
            var expiringSoon = state is CertificateStatus.Active or CertificateStatus.PartlyUsed && random.Next(5) == 0;
            var issuedAt = state == CertificateStatus.Expired ? now.AddDays(-random.Next(370, 430))
                : expiringSoon ? now.AddMonths(-kind.ValidityMonths).AddDays(random.Next(2, 30))
                : now.AddDays(-random.Next(1, 330));
            var value = kind.FaceValueMinor ?? random.Next(4, 61) * 500;
            var first = FirstNames[random.Next(FirstNames.Length)];
            var last = LastNames[random.Next(LastNames.Length)];
            cards.Add((new Certificate
            {
                Code = CertificateCode.New(),
                SeriesId = kind.Id,
                Status = state,
                ValueMinor = value,
                Currency = "PLN",
                SoldIn = (SalesChannel)(1 << random.Next(4)),
                IssuedAt = issuedAt,
                ActivatedAt = state == CertificateStatus.Issued ? null : issuedAt,
                ExpiresAt = issuedAt.AddMonths(kind.ValidityMonths),
                RecipientName = $"{first} {last}",
                RecipientEmail = $"{first}.{last}{i}@example.com".ToLowerInvariant(),
                PersonalMessage = i % 3 == 0 ? Messages[random.Next(Messages.Length)] : null,
                BatchReference = state == CertificateStatus.Issued ? "DEMO-FIRMA-2026" : null,
                BlockReason = state == CertificateStatus.Blocked ? "Zgłoszona jako zgubiona" : null,
            }, state));
        }

        db.ChangeTracker.AutoDetectChangesEnabled = false;
        db.AddRange(cards.Select(c => c.Card));
        await db.SaveChangesAsync(ct);
        foreach (var (card, state) in cards)
        {
            card.BalanceMinor = AddLedger(db, card, state, random);
            db.Entry(card).Property(c => c.BalanceMinor).IsModified = true;
        }

        await db.SaveChangesAsync(ct);
    }

    private static long AddLedger(ShopDbContext db, Certificate card, CertificateStatus state, Random random)
    {
        if (state == CertificateStatus.Issued)
        {
            return 0;
        }

        void Add(CertificateTransactionType type, long amount, DateTime at, string? order = null) => db.Add(new CertificateTransaction
        {
            CertificateId = card.Id, Type = type, AmountMinor = amount, At = at, UserName = "demo", OrderReference = order,
        });

        Add(CertificateTransactionType.Activation, card.ValueMinor, card.IssuedAt);
        var spent = state switch
        {
            CertificateStatus.UsedUp => card.ValueMinor,
            CertificateStatus.PartlyUsed or CertificateStatus.Expired => card.ValueMinor * random.Next(20, 80) / 100,
            _ => 0,
        };
        if (spent > 0)
        {
            var order = $"DEMO-{random.Next(100000, 999999)}";
            db.Add(new CertificateReservation
            {
                CertificateId = card.Id, OrderReference = order, AmountMinor = spent, Status = ReservationStatus.Committed, CreatedAt = card.IssuedAt.AddDays(20),
            });
            Add(CertificateTransactionType.Redemption, -spent, card.IssuedAt.AddDays(20), order);
        }

        if (state == CertificateStatus.Expired)
        {
            Add(CertificateTransactionType.ExpiryWriteOff, -(card.ValueMinor - spent), card.ExpiresAt);
            return 0;
        }

        return card.ValueMinor - spent;
    }
}
