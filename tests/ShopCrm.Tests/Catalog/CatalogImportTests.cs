using System.Diagnostics;
using System.Text;
using Microsoft.EntityFrameworkCore;
using ShopCrm.Catalog.Domain;
using ShopCrm.Catalog.Services;
using ShopCrm.Catalog.Services.Products;
using ShopCrm.Catalog.Services.Stock;
using ShopCrm.Core.Data;
using ShopCrm.Core.Money;
using ShopCrm.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ShopCrm.Tests.Catalog;

public sealed class CatalogImportTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_file_with_bad_rows_changes_nothing_and_lists_every_bad_row_with_its_line_and_reason(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        var (_, spinning, shimano, _) = await CatalogImportTestData.StructureAsync(host);
        var existing = await CatalogTestData.AddAsync(host, CatalogTestData.Product("WED-1", spinning, 24600, shimano, "Wędka Zodias"));
        const string csv = """
            SKU;Nazwa;EAN;Marka;Kategoria;Cena netto;Stawka VAT
            WED-1;Wędka Zodias 2,40 m;;Shimano;Wędki > Wędki spinningowe;250,00;23
            WED-2;Wędka Catana;5901234123457;Shimano;Wędki > Wędki spinningowe;150,00;23
            WED-3;Wędka Sensei;5901234123458;Shimano;Wędki > Wędki spinningowe;99,00;23
            WED-4;Wędka Bez Kategorii;;Shimano;Wędki > Wędki gruntowe;99,00;23
            WED-2;Wędka Catana druga;;Shimano;Wędki spinningowe;150,00;23
            WED-5;Wędka Bez Ceny;;Shimano;Wędki spinningowe;;

            WED-6;Wędka Dziwna;;Daiwa;Wędki spinningowe;12,345;7
            """;

        var import = await CatalogImportTestData.ImportAsync(host, csv);

        Assert.Equal(ImportStatus.Rejected, import.Status);
        Assert.Equal(5, import.ErrorCount);
        var problems = CatalogImportService.ReportOf(import)!.Problems;
        Assert.Equal([4, 5, 6, 7, 9], problems.Select(p => p.Line));
        Assert.Contains("wrong check digit", problems[0].Reason, StringComparison.Ordinal);
        Assert.Contains("Category \"Wędki > Wędki gruntowe\" does not exist", problems[1].Reason, StringComparison.Ordinal);
        Assert.Contains("already on line 3", problems[2].Reason, StringComparison.Ordinal);
        Assert.Contains("needs a net or gross price", problems[3].Reason, StringComparison.Ordinal);
        Assert.Contains("Brand \"Daiwa\" does not exist", problems[4].Reason, StringComparison.Ordinal);
        Assert.Contains("more than 2 decimal places", problems[4].Reason, StringComparison.Ordinal);
        Assert.Contains("VAT rate \"7\"", problems[4].Reason, StringComparison.Ordinal);

        await using var db = await host.NewContextAsync();
        Assert.Equal(["WED-1"], await db.Set<Product>().Select(p => p.Sku).ToListAsync());
        var unchanged = await db.Set<Product>().SingleAsync();
        Assert.Equal((existing.Name, existing.NetPriceMinor), (unchanged.Name, unchanged.NetPriceMinor));
        Assert.Equal(0, await db.Set<PriceChange>().CountAsync());
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_good_file_creates_and_updates_models_and_records_the_price_changes(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        var (_, spinning, shimano, jaxon) = await CatalogImportTestData.StructureAsync(host);
        var existing = CatalogTestData.Product("WED-1", spinning, 0, shimano, "Wędka Zodias");
        existing.NetPriceMinor = 20000;
        existing.GrossPriceMinor = 24600;
        existing.Description = "Opis bez zmian";
        existing.UpdatedAt = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        await CatalogTestData.AddAsync(host, existing);
        const string csv = """
            Kod;Nazwa;EAN;Producent;Kategoria;Cena brutto;VAT;Cena zakupu;Waga (g);Stan minimalny;Status;Opis
            WED-1;Wędka Zodias 2,40 m;;;;307,50;23;150,00;;;;
            KOL-1;Kołowrotek Łowca 3000;5901234123457;Jaxon;Kołowrotki;"1 234,56 zł";8;800;320;2;aktywny;"Przedni hamulec; 5 łożysk"
            """;

        // Saved by Excel in a Polish Windows: Windows-1250, which must still give "Łowca".
        var import = await CatalogImportTestData.ImportAsync(host, csv, encoding: CodePagesEncodingProvider.Instance.GetEncoding(1250));

        Assert.Equal(ImportStatus.Done, import.Status);
        var report = CatalogImportService.ReportOf(import)!;
        Assert.Equal((1, 1, 2), (report.Created, report.Updated, import.ProcessedRows));
        await using var db = await host.NewContextAsync();
        var rod = await db.Set<Product>().SingleAsync(p => p.Sku == "WED-1");
        Assert.Equal(("Wędka Zodias 2,40 m", "wedka zodias 2 40 m", 25000L, 30750L, 15000L), (rod.Name, rod.NormalizedName, rod.NetPriceMinor, rod.GrossPriceMinor, rod.PurchasePriceMinor));
        Assert.Equal(("Opis bez zmian", shimano.Id, spinning.Id, 1), (rod.Description, rod.BrandId, rod.CategoryId, rod.Version));
        Assert.True(rod.UpdatedAt > existing.UpdatedAt);

        var reel = await db.Set<Product>().Include(p => p.Category).SingleAsync(p => p.Sku == "KOL-1");
        var net = Vat.NetOf(new Money(123456, "PLN"), 8).MinorUnits;
        Assert.Equal(("Kołowrotek Łowca 3000", "kolowrotek lowca 3000", "5901234123457", jaxon.Id, "Kołowrotki"), (reel.Name, reel.NormalizedName, reel.Ean, reel.BrandId, reel.Category!.Name));
        Assert.Equal((net, 123456L, 8, 80000L), (reel.NetPriceMinor, reel.GrossPriceMinor, reel.VatRatePercent, reel.PurchasePriceMinor));
        Assert.Equal((320, 2, ProductStatus.Active, "Przedni hamulec; 5 łożysk"), (reel.WeightGrams, reel.MinimumStock, reel.Status, reel.Description));

        var changes = await db.Set<PriceChange>().OrderBy(c => c.ProductId).ToListAsync();
        Assert.Equal(2, changes.Count);
        Assert.Equal((rod.Id, 20000L, 25000L, null, 15000L, "anna.nowak"), (changes[0].ProductId, changes[0].OldNetMinor, changes[0].NewNetMinor, changes[0].OldPurchaseMinor, changes[0].NewPurchaseMinor, changes[0].UserName));
        Assert.Equal((reel.Id, (long?)null, net), (changes[1].ProductId, changes[1].OldNetMinor, changes[1].NewNetMinor));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_price_list_replaces_the_suppliers_lines_and_updates_purchase_prices(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        var (_, spinning, shimano, _) = await CatalogImportTestData.StructureAsync(host);
        var supplier = await CatalogTestData.AddAsync(host, new Supplier { Name = "Hurtownia Wędkarska Karp" });
        var other = await CatalogTestData.AddAsync(host, new Supplier { Name = "Mikado Polska" });
        var led = CatalogTestData.Product("WED-1", spinning, 24600, shimano);
        led.PurchasePriceMinor = 5000;
        led = await CatalogTestData.AddAsync(host, led);
        var notLed = CatalogTestData.Product("WED-2", spinning, 12300, shimano);
        notLed.PurchasePriceMinor = 4000;
        notLed = await CatalogTestData.AddAsync(host, notLed);
        await CatalogTestData.AddAsync(host, new SupplierProduct { SupplierId = supplier.Id, ProductId = led.Id, SupplierCode = "K-100", PurchasePriceMinor = 5000, IsLeading = true });
        await CatalogTestData.AddAsync(host, new SupplierProduct { SupplierId = supplier.Id, ProductId = notLed.Id, SupplierCode = "K-200", PurchasePriceMinor = 3900 });
        await CatalogTestData.AddAsync(host, new SupplierProduct { SupplierId = other.Id, ProductId = notLed.Id, SupplierCode = "K-200", PurchasePriceMinor = 4000, IsLeading = true });
        await CatalogTestData.AddAsync(host, new PriceListLine { SupplierId = supplier.Id, SupplierCode = "K-OLD", Name = "Stara pozycja", PurchasePriceMinor = 100 });
        await CatalogTestData.AddAsync(host, new PriceListLine { SupplierId = other.Id, SupplierCode = "M-1", Name = "Cudzy cennik", PurchasePriceMinor = 100 });
        const string csv = """
            Kod producenta,Nazwa,EAN,Marka,Cena netto,Cena sugerowana,Waga
            K-100,Wędka Zodias,,Shimano,"55,00","199,00",180
            K-200,Wędka Catana,,Shimano,"30,00",,
            K-300,Kołowrotek Nowy,5901234123457,Jaxon,"80,10",,300
            """;

        var import = await CatalogImportTestData.ImportAsync(host, csv, ImportKind.PriceList, supplier.Id);

        Assert.Equal(ImportStatus.Done, import.Status);
        Assert.Equal((3, 2), (CatalogImportService.ReportOf(import)!.Created, CatalogImportService.ReportOf(import)!.PurchasePricesUpdated));
        await using var db = await host.NewContextAsync();
        var lines = await db.Set<PriceListLine>().Where(l => l.SupplierId == supplier.Id).OrderBy(l => l.SupplierCode).ToListAsync();
        Assert.Equal(["K-100", "K-200", "K-300"], lines.Select(l => l.SupplierCode));
        Assert.Equal((5500L, 19900L, 180), (lines[0].PurchasePriceMinor, lines[0].SuggestedNetPriceMinor, lines[0].WeightGrams));
        Assert.Equal(1, await db.Set<PriceListLine>().CountAsync(l => l.SupplierId == other.Id));
        var offers = await db.Set<SupplierProduct>().Where(sp => sp.SupplierId == supplier.Id).OrderBy(sp => sp.SupplierCode).Select(sp => sp.PurchasePriceMinor).ToListAsync();
        Assert.Equal([5500L, 3000L], offers);
        Assert.Equal(5500, (await db.Set<Product>().SingleAsync(p => p.Id == led.Id)).PurchasePriceMinor);
        Assert.Equal(4000, (await db.Set<Product>().SingleAsync(p => p.Id == notLed.Id)).PurchasePriceMinor);
        var change = await db.Set<PriceChange>().SingleAsync();
        Assert.Equal((led.Id, 5000L, 5500L), (change.ProductId, change.OldPurchaseMinor, change.NewPurchaseMinor));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Exported_models_imported_into_another_shop_give_the_same_cards(DatabaseProvider provider)
    {
        await using var source = await CoreHost.StartAsync(provider);
        var (_, spinning, shimano, _) = await CatalogImportTestData.StructureAsync(source);
        var tricky = CatalogTestData.Product("WED-\"1\"", spinning, 0, shimano, "Wędka; \"Zodias\" 2,40 m");
        (tricky.NetPriceMinor, tricky.GrossPriceMinor, tricky.VatRatePercent, tricky.PurchasePriceMinor) = (16259, 19999, 23, 9000);
        (tricky.Ean, tricky.WeightGrams, tricky.MinimumStock, tricky.Description) = ("5901234123457", 185, 3, "Akcja: szybka\r\nCiężar wyrzutu; 10-30 g");
        await CatalogTestData.AddAsync(source, tricky);
        var plain = CatalogTestData.Product("KOL-1", spinning, 0, name: "Kołowrotek");
        (plain.NetPriceMinor, plain.GrossPriceMinor, plain.VatRatePercent, plain.Status) = (10000, 10800, 8, ProductStatus.Draft);
        await CatalogTestData.AddAsync(source, plain);

        // Set gross at 7,99: no net price gives it at 23%, so the net is 6,50 and the gross is kept.
        var shelfPriced = CatalogTestData.Product("PRZ-1", spinning, 0, name: "Przynęta");
        (shelfPriced.NetPriceMinor, shelfPriced.GrossPriceMinor) = (650, 799);
        await CatalogTestData.AddAsync(source, shelfPriced);
        var csv = new StringWriter();
        await using (var db = await source.NewContextAsync())
        {
            await CatalogExport.WriteModelsAsync(db, new ProductFilter(), csv, CancellationToken.None);
        }

        await using var target = await CoreHost.StartAsync(provider);
        await CatalogImportTestData.StructureAsync(target);
        var import = await CatalogImportTestData.ImportAsync(target, csv.ToString());

        Assert.Equal(ImportStatus.Done, import.Status);
        Assert.Equal(await CardsAsync(source), await CardsAsync(target));
        Assert.Equal(3, (await CardsAsync(target)).Count);
    }

    [Fact]
    public void The_export_address_carries_the_model_list_filter()
    {
        var filter = new ProductFilter(CategoryId: 7, BrandId: 3, TagId: 11, Stock: StockState.Low, CompletenessBelow: 80, Status: ProductStatus.Active, Search: "wędka 2,40", IncludeMerged: true);

        var address = CatalogExport.ModelsAddress(filter);
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri("http://x" + address).Query);

        Assert.StartsWith("/catalog/models/export.csv?", address, StringComparison.Ordinal);
        Assert.Equal(filter, CatalogExport.FilterFrom(new Microsoft.AspNetCore.Http.QueryCollection(query)));
        Assert.Equal("/catalog/models/export.csv", CatalogExport.ModelsAddress(new ProductFilter()));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Ten_thousand_rows_are_imported_in_one_go(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        await CatalogImportTestData.StructureAsync(host);
        var csv = new StringBuilder("SKU;Nazwa;Marka;Kategoria;Cena netto;Stawka VAT;Waga (g);Opis\n");
        for (var i = 1; i <= 10_000; i++)
        {
            csv.Append($"PRZ-{i:00000};Przynęta Ripper {i} cm;Jaxon;Wędki > Wędki spinningowe;{i % 500 + 1},99;23;{i % 90 + 5};Guma o długości {i} mm\n");
        }

        var watch = Stopwatch.StartNew();
        var import = await CatalogImportTestData.ImportAsync(host, csv.ToString());
        watch.Stop();

        Assert.Equal(ImportStatus.Done, import.Status);
        await using var db = await host.NewContextAsync();
        Assert.Equal(10_000, await db.Set<Product>().CountAsync());
        Assert.Equal(10_000, await db.Set<PriceChange>().CountAsync());
        output.WriteLine($"10,000-row model import on {provider}: {watch.ElapsedMilliseconds} ms (upload, check and write)");
        Console.WriteLine($"BENCH catalog import 10000 rows {provider}: {watch.ElapsedMilliseconds} ms");
    }

    private static async Task<List<string>> CardsAsync(CoreHost host)
    {
        await using var db = await host.NewContextAsync();
        var cards = await db.Set<Product>().OrderBy(p => p.Sku)
            .Select(p => new object?[] { p.Sku, p.Name, p.Ean, p.Brand!.Name, p.Category!.Name, p.NetPriceMinor, p.VatRatePercent, p.GrossPriceMinor, p.PurchasePriceMinor, p.WeightGrams, p.Description, p.MinimumStock, p.Status })
            .ToListAsync();
        return cards.Select(c => string.Join('|', c)).ToList();
    }
}
