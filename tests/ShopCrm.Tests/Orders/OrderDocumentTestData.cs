using ShopCrm.Catalog.Domain;
using ShopCrm.Catalog.Services.Stock;
using ShopCrm.Core.Company;
using ShopCrm.Tests.Catalog;
using ShopCrm.Tests.Infrastructure;

namespace ShopCrm.Tests.Orders;

public static class OrderDocumentTestData
{
    public static async Task SellerAsync(CoreHost host)
    {
        await using var db = await host.NewContextAsync();
        db.CompanyProfiles.Add(new CompanyProfile
        {
            Name = "Sklep Wędkarski Szczupak Sp. z o.o.",
            Street = "ul. Żeglarska 12",
            PostalCode = "80-001",
            City = "Gdańsk",
            VatId = "PL5840001122",
            BankAccount = "PL61 1090 1014 0000 0712 1981 2874",
            Email = "sklep@szczupak.test",
        });
        await db.SaveChangesAsync();
    }

    // A book at 50.00 net with the reduced 8% VAT rate, next to the fixture's 23% models.
    public static async Task<Product> BookAtEightPercentAsync(OrderFixture shop, int inStock = 20)
    {
        var host = shop.Host;
        var category = await CatalogTestData.CategoryAsync(host, "Poradniki");
        var book = CatalogTestData.Product("KSI-001", category, 5400, name: "Poradnik wędkarza");
        book.NetPriceMinor = 5000;
        book.VatRatePercent = 8;
        book = await CatalogTestData.AddAsync(host, book);
        await host.Get<ShopCrm.Catalog.Services.Stock.StockService>().ReceiveAsync(book.Id, shop.Warehouse.Id, inStock, "Dostawa", null);
        return book;
    }
}
