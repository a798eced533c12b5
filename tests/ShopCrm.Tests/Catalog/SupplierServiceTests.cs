using Microsoft.EntityFrameworkCore;
using ShopCrm.Catalog.Domain;
using ShopCrm.Catalog.Services;
using ShopCrm.Catalog.Services.Suppliers;
using ShopCrm.Core.Data;
using ShopCrm.Tests.Infrastructure;

namespace ShopCrm.Tests.Catalog;

public sealed class SupplierServiceTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_save_over_someone_elses_newer_save_is_a_conflict_and_names_are_unique(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        var suppliers = host.Get<SupplierService>();
        var created = await suppliers.SaveAsync(new Supplier { Name = "Hurtownia Wędkarska Karp", LeadTimeDays = 5, MinimumOrderMinor = 50000, Email = "zamowienia@karp.pl" });
        Assert.True(created.Succeeded, created.Error?.Message);
        var openedByAnna = Copy(created.Value!);
        var openedByPiotr = Copy(created.Value!);

        openedByAnna.LeadTimeDays = 3;
        var first = await suppliers.SaveAsync(openedByAnna);
        openedByPiotr.MinimumOrderMinor = 100000;
        var second = await suppliers.SaveAsync(openedByPiotr);

        Assert.True(first.Succeeded);
        Assert.Equal(SupplierService.Conflict, second.Error);
        await using var db = await host.NewContextAsync();
        var stored = await db.Set<Supplier>().AsNoTracking().SingleAsync();
        Assert.Equal((3, 50000L, 1), (stored.LeadTimeDays, stored.MinimumOrderMinor, stored.Version));

        var duplicate = await suppliers.SaveAsync(new Supplier { Name = "hurtownia wędkarska karp" });
        var badEmail = await suppliers.SaveAsync(new Supplier { Name = "Jaxon", Email = "biuro@" });
        var badLead = await suppliers.SaveAsync(new Supplier { Name = "Jaxon", LeadTimeDays = -1 });
        Assert.Equal(("duplicate", "Name"), (duplicate.Error?.Code, duplicate.Error?.Field));
        Assert.Equal("Email", badEmail.Error?.Field);
        Assert.Equal("LeadTimeDays", badLead.Error?.Field);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task The_leading_suppliers_price_becomes_the_cards_purchase_price_with_history_and_audit(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        var suppliers = host.Get<SupplierService>();
        var karp = (await suppliers.SaveAsync(new Supplier { Name = "Hurtownia Wędkarska Karp", LeadTimeDays = 5 })).Value!;
        var jaxon = (await suppliers.SaveAsync(new Supplier { Name = "Jaxon", LeadTimeDays = 3 })).Value!;
        var rods = await CatalogTestData.CategoryAsync(host, "Wędki");
        var rod = CatalogTestData.Product("JX-240", rods, 34900);
        rod.PurchasePriceMinor = 15000;
        rod = await CatalogTestData.AddAsync(host, rod);

        await suppliers.SaveProductAsync(new SupplierProduct { SupplierId = karp.Id, ProductId = rod.Id, SupplierCode = "K-240", PurchasePriceMinor = 14000 });
        var afterOther = await PurchasePriceAsync(host, rod.Id);
        await suppliers.SaveProductAsync(new SupplierProduct { SupplierId = jaxon.Id, ProductId = rod.Id, SupplierCode = "WJ-240", PurchasePriceMinor = 13250, IsLeading = true });

        Assert.Equal(15000, afterOther);
        Assert.Equal(13250, await PurchasePriceAsync(host, rod.Id));
        await using var db = await host.NewContextAsync();
        var history = await db.Set<PriceChange>().SingleAsync(c => c.ProductId == rod.Id);
        Assert.Equal((15000L, 13250L), (history.OldPurchaseMinor, history.NewPurchaseMinor));
        Assert.Contains(await db.AuditEntries.Where(a => a.EntityType == nameof(Product) && a.EntityKey == rod.Id.ToString()).Select(a => a.Changes).ToListAsync(),
            c => c.Contains("PurchasePriceMinor", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_supplier_nothing_refers_to_is_deleted_one_in_use_stays_with_advice_to_deactivate_it(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        var suppliers = host.Get<SupplierService>();
        var unused = (await suppliers.SaveAsync(new Supplier { Name = "Hurtownia Okoń" })).Value!;
        var used = (await suppliers.SaveAsync(new Supplier { Name = "Jaxon" })).Value!;
        var rod = await CatalogTestData.AddAsync(host, CatalogTestData.Product("JX-240", await CatalogTestData.CategoryAsync(host, "Wędki"), 34900));
        await suppliers.SaveProductAsync(new SupplierProduct { SupplierId = used.Id, ProductId = rod.Id, SupplierCode = "WJ-240" });

        var deleted = await suppliers.DeleteAsync(unused.Id);
        var refused = await suppliers.DeleteAsync(used.Id);

        Assert.True(deleted.Succeeded);
        Assert.Equal("\"Jaxon\" cannot be deleted: it has 1 model(s) on its list. Untick Active to stop using it instead.", refused.Error?.Message);
        await using var db = await host.NewContextAsync();
        Assert.Equal(["Jaxon"], await db.Set<Supplier>().Select(s => s.Name).ToListAsync());
    }

    private static async Task<long?> PurchasePriceAsync(CoreHost host, int productId)
    {
        await using var db = await host.NewContextAsync();
        return await db.Set<Product>().Where(p => p.Id == productId).Select(p => p.PurchasePriceMinor).SingleAsync();
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Making_another_supplier_leading_takes_the_lead_from_the_previous_one(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        var suppliers = host.Get<SupplierService>();
        var rods = await CatalogTestData.CategoryAsync(host, "Wędki");
        var model = await CatalogTestData.AddAsync(host, CatalogTestData.Product("ROD-1", rods, 19900));
        var karp = (await suppliers.SaveAsync(new Supplier { Name = "Karp" })).Value!;
        var jaxon = (await suppliers.SaveAsync(new Supplier { Name = "Jaxon" })).Value!;
        var fromKarp = (await suppliers.SaveProductAsync(new SupplierProduct { SupplierId = karp.Id, ProductId = model.Id, SupplierCode = "K-100", PurchasePriceMinor = 9900, IsLeading = true })).Value!;

        var fromJaxon = await suppliers.SaveProductAsync(new SupplierProduct { SupplierId = jaxon.Id, ProductId = model.Id, SupplierCode = "JX-7", PurchasePriceMinor = 9500, IsLeading = true });

        Assert.True(fromJaxon.Succeeded, fromJaxon.Error?.Message);
        await using var db = await host.NewContextAsync();
        var offers = await db.Set<SupplierProduct>().OrderBy(s => s.SupplierCode).Select(s => new { s.SupplierCode, s.IsLeading }).ToListAsync();
        Assert.Equal([("JX-7", true), ("K-100", false)], offers.Select(o => (o.SupplierCode, o.IsLeading)));

        var back = await suppliers.MakeLeadingAsync(fromKarp.Id);
        Assert.True(back.Succeeded, back.Error?.Message);
        Assert.Equal(["K-100"], await db.Set<SupplierProduct>().Where(s => s.IsLeading).Select(s => s.SupplierCode).ToListAsync());

        var codeTaken = await suppliers.SaveProductAsync(new SupplierProduct { SupplierId = karp.Id, ProductId = model.Id, SupplierCode = "K-100" });
        Assert.Equal("duplicate", codeTaken.Error?.Code);

        // The database itself refuses a second leading supplier written past the service.
        db.Add(new SupplierProduct { SupplierId = jaxon.Id, ProductId = (await CatalogTestData.AddAsync(host, CatalogTestData.Product("ROD-2", rods, 100))).Id, SupplierCode = "JX-8", IsLeading = true });
        await db.SaveChangesAsync();
        await using var other = await host.NewContextAsync();
        other.Set<SupplierProduct>().Single(s => s.SupplierCode == "JX-7").IsLeading = true;
        await Assert.ThrowsAsync<DbUpdateException>(() => other.SaveChangesAsync());
    }

    private static Supplier Copy(Supplier s) => new()
    {
        Id = s.Id,
        Name = s.Name,
        LeadTimeDays = s.LeadTimeDays,
        MinimumOrderMinor = s.MinimumOrderMinor,
        Email = s.Email,
        Currency = s.Currency,
        IsActive = s.IsActive,
        Version = s.Version,
    };
}
