using Microsoft.EntityFrameworkCore;
using ShopCrm.Catalog.Domain;
using ShopCrm.Catalog.Services;
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
