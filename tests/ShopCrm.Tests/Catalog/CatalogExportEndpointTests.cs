using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ShopCrm.Catalog.Contracts;
using ShopCrm.Catalog.Domain;
using ShopCrm.Catalog.Services;
using ShopCrm.Catalog.Services.Products;
using ShopCrm.Core.Csv;
using ShopCrm.Core.Data;
using ShopCrm.Tests.Infrastructure;
using ShopCrm.Web.Demo;

namespace ShopCrm.Tests.Catalog;

public sealed class CatalogExportEndpointTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task The_model_list_export_downloads_exactly_the_filtered_models_as_csv()
    {
        var contexts = app.Factory.Services.GetRequiredService<IDbContextFactory<ShopDbContext>>();
        var suffix = Guid.NewGuid().ToString("N")[..6];
        Category category;
        await using (var db = await contexts.CreateDbContextAsync())
        {
            category = new Category { Name = "Podbieraki " + suffix };
            db.Add(category);
            await db.SaveChangesAsync();
            category.Path = $"/{category.Id}/";
            foreach (var (sku, name) in new[] { ($"POD-{suffix}-1", "Podbierak Mikado „Karp” 2,5 m"), ($"POD-{suffix}-2", "Podbierak Jaxon; teleskopowy") })
            {
                db.Add(new Product
                {
                    Sku = sku, Name = name, NormalizedName = ProductNames.Normalize(name), CategoryId = category.Id,
                    NetPriceMinor = 10_000, GrossPriceMinor = 12_300, CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow,
                });
            }

            await db.SaveChangesAsync();
        }

        var warehouse = await app.Factory.LogInAsync("warehouse@demo.shopcrm.pl", DemoAccounts.Password);
        var response = await warehouse.GetAsync(CatalogExport.ModelsAddress(new ProductFilter(CategoryId: category.Id)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = CsvParser.Read(new StringReader(await response.Content.ReadAsStringAsync()), ';').Select(r => r.Fields).ToList();
        Assert.Equal(CatalogExport.ModelColumns, lines[0]);
        Assert.Equal([$"POD-{suffix}-1", $"POD-{suffix}-2"], lines.Skip(1).Select(l => l[0]).Order());
        Assert.Contains(lines, l => l[1] == "Podbierak Jaxon; teleskopowy");

        var anonymous = app.Factory.CreateAnonymousClient();
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync(CatalogExport.ModelsAddress(new ProductFilter()))).StatusCode);
    }
}
