using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ShopCrm.BrowserTests.Infrastructure;
using ShopCrm.BrowserTests.Pages;
using ShopCrm.Catalog.Domain;
using ShopCrm.Clients.Contracts;
using ShopCrm.Clients.Domain;
using ShopCrm.Core.Data;
using ShopCrm.Core.Security;

namespace ShopCrm.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class SegmentTests(BrowserApp app)
{
    [Fact]
    public async Task The_owner_builds_the_carp_fishing_supplier_September_segment_and_sees_its_count()
    {
        var (interest, supplier, segmentName) = await CarpAnglersAsync();
        await using var session = await app.OpenSessionAsync();
        var page = session.Page;
        var shell = await DemoLogin.AsAsync(page, Roles.Owner);

        await shell.OpenMenuEntryAsync("Segments", SegmentBuilderPage.ListPath);
        var builder = new SegmentBuilderPage(page);
        await builder.NewSegmentButton.ClickAsync();
        await Expect(shell.Heading).ToHaveTextAsync("New segment");
        await shell.WaitUntilInteractiveAsync();
        await builder.PickAsync("Interested in", interest);
        await builder.ExpectCountAsync(4);
        await builder.PickAsync("Bought from supplier", supplier);
        await builder.ExpectCountAsync(3);
        await builder.PickAsync("Born in", "September");
        await builder.ExpectCountAsync(2);
        await shell.WaitUntilLoadedAsync();
        await Expect(builder.Clients).ToContainTextAsync("Anna Karpiowa");
        await Expect(builder.Clients).ToContainTextAsync("Marek Wrześniowy");
        await Expect(builder.Clients).Not.ToContainTextAsync("Piotr Październikowy");
        await Screenshots.SaveAsync(page, "owner-segment-builder");

        await builder.NameBox.FillAsync(segmentName);
        await builder.SaveButton.ClickAsync();
        await Expect(builder.ExportLink).ToBeVisibleAsync();
        await Expect(shell.Heading).ToHaveTextAsync(segmentName);
        await builder.ExpectCountAsync(2);
        await Screenshots.SaveAsync(page, "owner-segment-saved");

        var export = await page.APIRequest.GetAsync(await builder.ExportLink.GetAttributeAsync("href") ?? "");
        var csv = await export.TextAsync();
        Assert.Equal(3, csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains("Anna Karpiowa", csv);
        Assert.Empty(session.BrowserErrors);
    }

    // Four carp anglers who bought from the test's own supplier or not, born in September or not, plus a
    // spinning angler: names the demo data does not use, so the count is the test's alone.
    private async Task<(string Interest, string Supplier, string SegmentName)> CarpAnglersAsync()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var contexts = app.Services.GetRequiredService<IDbContextFactory<ShopDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        var carp = new Tag { Name = "Karpiarstwo " + suffix };
        var supplier = new Supplier { Name = "Hurtownia Karp " + suffix };
        var category = new Category { Name = "Wędki karpiowe " + suffix };
        db.AddRange(carp, supplier, category);
        await db.SaveChangesAsync();
        category.Path = $"/{category.Id}/";
        var rod = new Product
        {
            Sku = "KARP-" + suffix, Name = "Wędka karpiowa " + suffix, NormalizedName = "wedka karpiowa " + suffix.ToLowerInvariant(), CategoryId = category.Id,
            NetPriceMinor = 24309, GrossPriceMinor = 29900, Status = ProductStatus.Active, CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow,
        };
        db.Add(rod);
        await db.SaveChangesAsync();
        db.Add(new SupplierProduct { SupplierId = supplier.Id, ProductId = rod.Id, SupplierCode = "K-" + suffix, IsLeading = true });

        var orderId = Random.Shared.NextInt64(1_000_000_000, 9_000_000_000);
        foreach (var (first, last, month, bought) in new[]
        {
            ("Anna", "Karpiowa", 9, true), ("Marek", "Wrześniowy", 9, true), ("Piotr", "Październikowy", 10, true), ("Ewa", "Bezzakupowa", 9, false),
        })
        {
            var client = new Client
            {
                FirstName = first, LastName = last, DisplayName = $"{first} {last}", NormalizedName = $"{first} {last} {suffix}".ToLowerInvariant(),
                Email = $"{first}.{suffix}@example.com".ToLowerInvariant(), NormalizedEmail = $"{first}.{suffix}@example.com".ToLowerInvariant(),
                BirthMonth = month, BirthDate = new DateOnly(1985, month, 3), Channel = ClientChannel.Site, City = "Łódź",
                RegisteredAt = DateTime.UtcNow.AddYears(-1), UpdatedAt = DateTime.UtcNow,
            };
            db.Add(client);
            await db.SaveChangesAsync();
            db.Add(new ClientInterest { ClientId = client.Id, TagId = carp.Id });
            if (bought)
            {
                orderId++;
                db.Add(new ClientOrderFact { OrderId = orderId, ClientId = client.Id, OrderNumber = $"T/{orderId}", Outcome = ClientOrderOutcome.Completed, TotalMinor = 29900, PlacedAt = DateTime.UtcNow.AddDays(-20) });
                db.Add(new ClientPurchase { ClientId = client.Id, OrderId = orderId, ProductId = rod.Id, Quantity = 1, GrossMinor = 29900, PurchasedAt = DateTime.UtcNow.AddDays(-20) });
            }
        }

        await db.SaveChangesAsync();
        return (carp.Name, supplier.Name, "Wrześniowi karpiarze " + suffix);
    }
}
