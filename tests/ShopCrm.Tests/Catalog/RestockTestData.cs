using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using ShopCrm.Catalog.Domain;
using ShopCrm.Core.Company;
using ShopCrm.Core.Identity;
using ShopCrm.Core.Security;
using ShopCrm.Tests.Infrastructure;

namespace ShopCrm.Tests.Catalog;

// A small fishing-gear shop for restock tests: a warehouse, a category and models with stock, minimums,
// leading suppliers and sales written straight to the ledger at the times a test chooses.
public sealed class RestockTestData(CoreHost host)
{
    public Category Category { get; private set; } = default!;

    public Warehouse Warehouse { get; private set; } = default!;

    public static async Task<RestockTestData> CreateAsync(CoreHost host)
    {
        var data = new RestockTestData(host);
        data.Category = await CatalogTestData.CategoryAsync(host, "Wędki spinningowe");
        data.Warehouse = await CatalogTestData.AddAsync(host, new Warehouse { Code = "MAG", Name = "Magazyn główny", IsDefault = true });
        await using var db = await host.NewContextAsync();
        db.CompanyProfiles.Add(new CompanyProfile
        {
            Name = "Wędkarski Raj sp. z o.o.",
            Street = "ul. Rybacka 12",
            PostalCode = "80-001",
            City = "Gdańsk",
            VatId = "PL5840000000",
            Email = "zamowienia@wedkarskiraj.pl",
            Phone = "+48 58 000 00 00",
        });
        await db.SaveChangesAsync();
        return data;
    }

    public Task<Supplier> SupplierAsync(string name, int leadTimeDays, string? email = null, string? contact = null) =>
        CatalogTestData.AddAsync(host, new Supplier { Name = name, LeadTimeDays = leadTimeDays, Email = email, ContactName = contact });

    public async Task<Product> ModelAsync(
        string sku, string name, int onHand, int minimum, Supplier? leading = null, string? supplierCode = null, long? purchaseMinor = null,
        ProductStatus status = ProductStatus.Active, int reserved = 0)
    {
        var product = CatalogTestData.Product(sku, Category, 49900, name: name);
        product.MinimumStock = minimum;
        product.Status = status;
        product.PurchasePriceMinor = purchaseMinor;
        await CatalogTestData.AddAsync(host, product);
        await CatalogTestData.StockAsync(host, product, Warehouse, onHand, reserved);
        if (leading is not null)
        {
            await CatalogTestData.AddAsync(host, new SupplierProduct
            {
                SupplierId = leading.Id,
                ProductId = product.Id,
                SupplierCode = supplierCode ?? "SUP-" + sku,
                PurchasePriceMinor = purchaseMinor,
                IsLeading = true,
            });
        }

        return product;
    }

    // A sale of units at the given time: the ledger row only (the cached stock is set by ModelAsync).
    public async Task SaleAsync(Product product, int units, DateTime at)
    {
        await using var db = await host.NewContextAsync();
        db.Add(new StockMovement
        {
            ProductId = product.Id,
            WarehouseId = Warehouse.Id,
            Type = StockMovementType.Sale,
            OnHandChange = -units,
            At = at,
            UserName = "sklep internetowy",
            Document = "WEB-" + Guid.NewGuid().ToString("N")[..6],
        });
        await db.SaveChangesAsync();
    }

    public async Task WarehouseWorkerAsync(string email, string fullName)
    {
        await using var db = await host.NewContextAsync();
        var role = await db.Roles.FirstOrDefaultAsync(r => r.Name == Roles.Warehouse);
        if (role is null)
        {
            role = new IdentityRole(Roles.Warehouse) { NormalizedName = Roles.Warehouse.ToUpperInvariant() };
            db.Roles.Add(role);
        }

        var user = new ShopUser { UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(), FullName = fullName };
        db.Users.Add(user);
        db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = role.Id });
        await db.SaveChangesAsync();
    }
}
