using ShopCrm.Core.Company;
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
}
