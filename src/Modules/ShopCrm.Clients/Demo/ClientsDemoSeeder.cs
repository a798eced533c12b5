using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ShopCrm.Catalog.Domain;
using ShopCrm.Clients.Contracts;
using ShopCrm.Clients.Domain;
using ShopCrm.Clients.Services;
using ShopCrm.Core.Data;
using ShopCrm.Core.Demo;

namespace ShopCrm.Clients.Demo;

// 300 or 70,000 believable Polish customers with addresses across the voivodeships, birth dates,
// interests from the catalog's tags, consents with their history and a few planted duplicates. No order
// statistics: those come from orders through IClientOrderHistory, never made up. Rows go in with
// multi-row INSERTs and ids chosen here, so interests and consents need no read-back.
internal sealed class ClientsDemoSeeder(IDbContextFactory<ShopDbContext> contexts, TimeProvider time) : IDemoDataSeeder
{
    private const int Chunk = 5_000;

    public int Order => 150;

    public string Name => "Clients";

    public async Task SeedAsync(DemoScale scale, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (await db.Set<Client>().AnyAsync(ct))
        {
            return;
        }

        var random = new Random(1970);
        var now = time.GetUtcNow().UtcDateTime;
        var tagIds = await db.Set<Tag>().AsNoTracking().OrderBy(t => t.Id).Select(t => t.Id).ToListAsync(ct);
        var count = scale == DemoScale.Full ? 70_000 : 300;
        var duplicates = scale == DemoScale.Full ? 60 : 6;
        var emails = new HashSet<string>();
        var clients = new List<Client>(count + duplicates);
        for (var id = 1; id <= count; id++)
        {
            clients.Add(NewClient(id, random, now, emails));
        }

        // The same person entered twice: once with another e-mail, once with the phone typed differently.
        for (var i = 0; i < duplicates; i++)
        {
            var original = clients[random.Next(count)];
            var copy = NewClient(count + i + 1, random, now, emails);
            copy.FirstName = original.FirstName;
            copy.LastName = original.LastName;
            copy.DisplayName = original.DisplayName;
            copy.NormalizedName = original.NormalizedName;
            copy.Street = original.Street;
            copy.PostalCode = original.PostalCode;
            copy.City = original.City;
            copy.Region = original.Region;
            if (i % 2 == 0 && original.NormalizedPhone is not null)
            {
                copy.Phone = original.NormalizedPhone;
                copy.NormalizedPhone = original.NormalizedPhone;
            }

            clients.Add(copy);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        foreach (var chunk in clients.Chunk(Chunk))
        {
            await InsertClientsAsync(db, chunk, ct);
        }

        var consents = clients.Where(c => c.MarketingConsent).Select(c => new ClientConsentChange
        {
            ClientId = c.Id,
            Given = true,
            At = c.RegisteredAt,
            Source = c.Channel == ClientChannel.Site ? ConsentSource.Site : ConsentSource.Manager,
        }).ToList();
        await BulkInsert.InsertAsync(db, consents, ct, ("ClientId", c => c.ClientId), ("Given", c => c.Given), ("At", c => c.At), ("Source", c => c.Source.ToString()));

        var interests = new List<ClientInterest>();
        foreach (var client in clients.Where(_ => tagIds.Count > 0))
        {
            foreach (var tagId in tagIds.OrderBy(_ => random.Next()).Take(random.Next(4)))
            {
                interests.Add(new ClientInterest { ClientId = client.Id, TagId = tagId });
            }
        }

        await BulkInsert.InsertAsync(db, interests, ct, ("ClientId", i => i.ClientId), ("TagId", i => i.TagId));
        if (!db.Database.IsSqlite())
        {
            // Ids were chosen here: the identity sequence has to continue after them.
            await db.Database.ExecuteSqlRawAsync("""SELECT setval(pg_get_serial_sequence('"Clients"', 'Id'), (SELECT MAX("Id") FROM "Clients"))""", ct);
        }

        await transaction.CommitAsync(ct);
    }

    private static Client NewClient(int id, Random random, DateTime now, HashSet<string> emails)
    {
        var female = random.Next(100) < 30;
        var first = female ? Pick(DemoPeople.FemaleFirstNames, random) : Pick(DemoPeople.MaleFirstNames, random);
        var last = Pick(DemoPeople.LastNames, random);
        if (female)
        {
            last = DemoPeople.FemaleForm(last);
        }

        var company = random.Next(100) < 3;
        var town = Pick(DemoPeople.Towns, random);
        var postalCode = DemoPeople.PostalCode(town.PostalPrefix, random);
        var localPart = ContactNormalizer.Name($"{first}.{last}").Replace(' ', '.');
        var email = $"{localPart}{(emails.Count % 3 == 0 ? "" : random.Next(1, 999).ToString(CultureInfo.InvariantCulture))}@{Pick(DemoPeople.MailDomains, random)}";
        while (!emails.Add(email))
        {
            email = $"{localPart}{random.Next(1_000, 99_999).ToString(CultureInfo.InvariantCulture)}@{Pick(DemoPeople.MailDomains, random)}";
        }

        var phoneDigits = $"{random.Next(5, 9)}{random.Next(0, 100_000_000):D8}";
        var hasPhone = random.Next(100) < 85;
        var birthDate = random.Next(100) < 70 ? new DateOnly(random.Next(1950, 2006), random.Next(1, 13), random.Next(1, 29)) : (DateOnly?)null;
        var channelRoll = random.Next(100);
        var channel = channelRoll switch
        {
            < 65 => ClientChannel.Site,
            < 80 => ClientChannel.Store,
            < 92 => ClientChannel.Phone,
            < 97 => ClientChannel.SalesRep,
            _ => ClientChannel.Import,
        };
        var registered = now.AddDays(-random.Next(1, 3_650)).AddMinutes(-random.Next(1_440));
        var displayName = company ? $"{Pick(DemoPeople.CompanyNames, random)} {last}" : $"{first} {last}";
        return new Client
        {
            Id = id,
            Kind = company ? ClientKind.Company : ClientKind.Person,
            FirstName = first,
            LastName = last,
            CompanyName = company ? displayName : null,
            VatId = company ? $"{random.Next(100, 999)}{random.Next(1_000_000, 9_999_999)}" : null,
            DisplayName = displayName,
            NormalizedName = ContactNormalizer.Name(displayName),
            Email = email,
            NormalizedEmail = email,
            Phone = hasPhone ? $"+48{phoneDigits}" : null,
            NormalizedPhone = hasPhone ? $"+48{phoneDigits}" : null,
            Street = $"ul. {Pick(DemoPeople.Streets, random)} {random.Next(1, 120)}{(random.Next(3) == 0 ? $"/{random.Next(1, 40)}" : "")}",
            PostalCode = postalCode,
            City = town.City,
            Region = ContactNormalizer.Region(postalCode),
            BirthDate = birthDate,
            BirthMonth = birthDate?.Month,
            Channel = channel,
            SiteCustomerId = channel == ClientChannel.Site ? $"WEB-{id:D7}" : null,
            MarketingConsent = random.Next(100) < 55,
            RegisteredAt = registered,
            UpdatedAt = registered,
        };
    }

    private static Task InsertClientsAsync(ShopDbContext db, IReadOnlyList<Client> clients, CancellationToken ct) =>
        BulkInsert.InsertAsync(
            db,
            clients,
            ct,
            ("Id", c => c.Id),
            ("Kind", c => c.Kind.ToString()),
            ("FirstName", c => c.FirstName),
            ("LastName", c => c.LastName),
            ("CompanyName", c => c.CompanyName),
            ("VatId", c => c.VatId),
            ("DisplayName", c => c.DisplayName),
            ("NormalizedName", c => c.NormalizedName),
            ("Email", c => c.Email),
            ("NormalizedEmail", c => c.NormalizedEmail),
            ("Phone", c => c.Phone),
            ("NormalizedPhone", c => c.NormalizedPhone),
            ("Street", c => c.Street),
            ("PostalCode", c => c.PostalCode),
            ("City", c => c.City),
            ("Country", c => c.Country),
            ("Region", c => c.Region),
            ("BirthDate", c => c.BirthDate),
            ("BirthMonth", c => c.BirthMonth),
            ("Channel", c => c.Channel.ToString()),
            ("SiteCustomerId", c => c.SiteCustomerId),
            ("PreferredLanguage", c => c.PreferredLanguage),
            ("MarketingConsent", c => c.MarketingConsent),
            ("Status", c => c.Status.ToString()),
            ("RegisteredAt", c => c.RegisteredAt),
            ("UpdatedAt", c => c.UpdatedAt),
            ("CompletedOrders", c => c.CompletedOrders),
            ("TotalSpentMinor", c => c.TotalSpentMinor),
            ("AverageCheckMinor", c => c.AverageCheckMinor),
            ("RefusedParcels", c => c.RefusedParcels),
            ("IsVip", c => c.IsVip),
            ("IsLost", c => c.IsLost),
            ("IsLousy", c => c.IsLousy),
            ("RfmRecency", c => c.RfmRecency),
            ("RfmFrequency", c => c.RfmFrequency),
            ("RfmMonetary", c => c.RfmMonetary),
            ("Version", c => c.Version));

    private static T Pick<T>(IReadOnlyList<T> items, Random random) => items[random.Next(items.Count)];
}
