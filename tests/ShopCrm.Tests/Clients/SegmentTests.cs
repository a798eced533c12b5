using Microsoft.EntityFrameworkCore;
using ShopCrm.Catalog.Domain;
using ShopCrm.Clients.Contracts;
using ShopCrm.Clients.Domain;
using ShopCrm.Clients.Services.Segments;
using ShopCrm.Core.Data;
using ShopCrm.Tests.Catalog;
using ShopCrm.Tests.Infrastructure;

namespace ShopCrm.Tests.Clients;

public sealed class SegmentTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Carp_anglers_who_bought_from_a_supplier_in_a_period_and_were_born_in_September_are_counted_as_plain_SQL_counts_them(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        var carp = await CatalogTestData.AddAsync(host, new Tag { Name = "Karpiarstwo" });
        var spinning = await CatalogTestData.AddAsync(host, new Tag { Name = "Spinning" });
        var rods = await CatalogTestData.CategoryAsync(host, "Wędki");
        var jaxon = await CatalogTestData.AddAsync(host, new Supplier { Name = "Jaxon" });
        var mikado = await CatalogTestData.AddAsync(host, new Supplier { Name = "Mikado" });
        var jaxonRod = await CatalogTestData.AddAsync(host, CatalogTestData.Product("JX-1", rods, 29_900));
        var mikadoRod = await CatalogTestData.AddAsync(host, CatalogTestData.Product("MK-1", rods, 19_900));
        await CatalogTestData.AddAsync(host, new SupplierProduct { SupplierId = jaxon.Id, ProductId = jaxonRod.Id, SupplierCode = "J1", IsLeading = true });
        await CatalogTestData.AddAsync(host, new SupplierProduct { SupplierId = mikado.Id, ProductId = mikadoRod.Id, SupplierCode = "M1", IsLeading = true });
        var inPeriod = new DateTime(2026, 5, 10, 12, 0, 0, DateTimeKind.Utc);
        var beforePeriod = new DateTime(2025, 12, 20, 12, 0, 0, DateTimeKind.Utc);
        long order = 1;

        async Task<Client> ClientAsync(string name, int? birthMonth, Tag? interest, Product? bought, DateTime boughtAt, ClientStatus status = ClientStatus.Active)
        {
            var client = ClientDataBuilder.Person(name, "Test", birthMonth: birthMonth);
            client.Status = status;
            client = interest is null
                ? await ClientDataBuilder.AddAsync(host, client)
                : await ClientDataBuilder.AddAsync(host, client, new ClientInterest { TagId = interest.Id });
            if (bought is not null)
            {
                await ClientDataBuilder.PurchaseAsync(host, client, bought.Id, boughtAt, order++);
            }

            return client;
        }

        var anna = await ClientAsync("Anna", 9, carp, jaxonRod, inPeriod);
        var marek = await ClientAsync("Marek", 9, carp, jaxonRod, inPeriod.AddDays(30));
        await ClientAsync("Born-in-October", 10, carp, jaxonRod, inPeriod);
        await ClientAsync("Other-supplier", 9, carp, mikadoRod, inPeriod);
        await ClientAsync("Spinning-only", 9, spinning, jaxonRod, inPeriod);
        await ClientAsync("Bought-too-early", 9, carp, jaxonRod, beforePeriod);
        await ClientAsync("No-purchase", 9, carp, null, inPeriod);
        await ClientAsync("Merged-away", 9, carp, jaxonRod, inPeriod, ClientStatus.Merged);
        var segment = new SegmentDefinition
        {
            InterestTagIds = [carp.Id],
            BoughtSupplierId = jaxon.Id,
            BoughtFrom = new DateOnly(2026, 1, 1),
            BoughtTo = new DateOnly(2026, 6, 30),
            BirthMonths = [9],
        };

        var count = await host.Get<SegmentQuery>().CountAsync(segment);

        await using var db = await host.NewContextAsync();
        var from = new DateTime(2025, 12, 31, 23, 0, 0, DateTimeKind.Utc);
        var to = new DateTime(2026, 6, 30, 22, 0, 0, DateTimeKind.Utc);
        var bySql = await db.Database.SqlQuery<int>($"""
            SELECT COUNT(*) AS "Value" FROM "Clients" c
            WHERE c."Status" = 'Active' AND c."BirthMonth" = 9
              AND EXISTS (SELECT 1 FROM "ClientInterests" i WHERE i."ClientId" = c."Id" AND i."TagId" = {carp.Id})
              AND EXISTS (SELECT 1 FROM "ClientPurchases" p JOIN "SupplierProducts" s ON s."ProductId" = p."ProductId"
                          WHERE p."ClientId" = c."Id" AND s."SupplierId" = {jaxon.Id} AND p."PurchasedAt" >= {from} AND p."PurchasedAt" < {to})
            """).SingleAsync();
        Assert.Equal(2, bySql);
        Assert.Equal(bySql, count);
        var ids = await (await host.Get<SegmentQuery>().ClientsAsync(db, segment)).OrderBy(c => c.Id).Select(c => c.Id).ToListAsync();
        Assert.Equal([anna.Id, marek.Id], ids);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Categories_region_totals_consent_and_a_category_subtree_narrow_the_segment(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        var rods = await CatalogTestData.CategoryAsync(host, "Wędki");
        var carpRods = await CatalogTestData.CategoryAsync(host, "Wędki karpiowe", rods);
        var reels = await CatalogTestData.CategoryAsync(host, "Kołowrotki");
        var vipTag = await CatalogTestData.AddAsync(host, new ClientTag { Name = "Targi 2026" });

        async Task<Client> ClientAsync(string name, Action<Client> shape, int interestCategory, ClientTag? tag = null)
        {
            var client = ClientDataBuilder.Person(name, "Test");
            client.Region = "mazowieckie";
            client.IsVip = true;
            client.MarketingConsent = true;
            client.CompletedOrders = 5;
            client.TotalSpentMinor = 500_000;
            client.LastOrderAt = new DateTime(2026, 10, 1, 10, 0, 0, DateTimeKind.Utc);
            shape(client);
            var related = new List<object> { new ClientInterest { CategoryId = interestCategory } };
            if (tag is not null)
            {
                related.Add(new ClientTagLink { TagId = tag.Id });
            }

            return await ClientDataBuilder.AddAsync(host, client, [.. related]);
        }

        var matching = await ClientAsync("Match", _ => { }, carpRods.Id, vipTag);
        await ClientAsync("No-tag", _ => { }, carpRods.Id);
        await ClientAsync("Reels", _ => { }, reels.Id, vipTag);
        await ClientAsync("Not-vip", c => c.IsVip = false, carpRods.Id, vipTag);
        await ClientAsync("Other-region", c => c.Region = "pomorskie", carpRods.Id, vipTag);
        await ClientAsync("Spent-little", c => c.TotalSpentMinor = 10_000, carpRods.Id, vipTag);
        await ClientAsync("No-consent", c => c.MarketingConsent = false, carpRods.Id, vipTag);
        await ClientAsync("Long-ago", c => c.LastOrderAt = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc), carpRods.Id, vipTag);
        await ClientAsync("Too-many-orders", c => c.CompletedOrders = 50, carpRods.Id, vipTag);
        var segment = new SegmentDefinition
        {
            InterestCategoryIds = [rods.Id],
            ClientTagIds = [vipTag.Id],
            IsVip = true,
            Regions = ["mazowieckie", "łódzkie"],
            MinOrders = 2,
            MaxOrders = 10,
            MinTotalMinor = 100_000,
            LastOrderFrom = new DateOnly(2026, 9, 1),
            LastOrderTo = new DateOnly(2026, 12, 31),
            MarketingConsent = true,
        };

        await using var db = await host.NewContextAsync();
        var ids = await (await host.Get<SegmentQuery>().ClientsAsync(db, SegmentDefinition.FromJson(segment.ToJson()))).Select(c => c.Id).ToListAsync();

        Assert.Equal([matching.Id], ids);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_segment_is_saved_renamed_and_deleted_and_a_stale_save_is_refused(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        var segments = host.Get<SegmentService>();

        var saved = await segments.SaveAsync(null, 0, "Wrześniowi karpiarze", new SegmentDefinition { BirthMonths = [9] });
        var clash = await segments.SaveAsync(null, 0, " Wrześniowi karpiarze ", new SegmentDefinition());
        var renamed = await segments.RenameAsync(saved.Value!.Id, saved.Value.Version, "Karpiarze z września");
        var stale = await segments.SaveAsync(saved.Value.Id, saved.Value.Version, "Nadpisane", new SegmentDefinition());

        Assert.True(saved.Succeeded);
        Assert.Equal("A segment called \"Wrześniowi karpiarze\" already exists.", clash.ErrorFor("Name"));
        Assert.True(renamed.Succeeded);
        Assert.Equal(SegmentService.Conflict, stale.Error?.Message);
        var stored = await segments.FindAsync(saved.Value.Id);
        Assert.Equal("Karpiarze z września", stored!.Name);
        Assert.Equal([9], SegmentDefinition.FromJson(stored.Definition).BirthMonths);
        Assert.True(await segments.DeleteAsync(saved.Value.Id));
        Assert.Empty(await segments.ListAsync());
    }
}
