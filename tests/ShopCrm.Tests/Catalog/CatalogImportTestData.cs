using System.Text;
using Microsoft.EntityFrameworkCore;
using ShopCrm.Catalog.Domain;
using ShopCrm.Catalog.Services;
using ShopCrm.Core.Imports;
using ShopCrm.Tests.Infrastructure;

namespace ShopCrm.Tests.Catalog;

// Runs a CSV through the whole import as the page does: upload, the guessed column map, start, and the
// background runner (called directly, since the test host does not start the worker).
public static class CatalogImportTestData
{
    public static async Task<CatalogImport> ImportAsync(CoreHost host, string csv, ImportKind kind = ImportKind.Models, int? supplierId = null, Encoding? encoding = null)
    {
        var imports = host.Get<CatalogImportService>();
        using var content = new MemoryStream((encoding ?? Encoding.UTF8).GetBytes(csv));
        var (importId, error) = await imports.UploadAsync(content, "cennik.csv", kind, supplierId, "anna.nowak");
        Assert.Null(error);
        var (uploaded, _) = await imports.StateAsync(importId!.Value);
        Assert.True(await imports.StartAsync(importId.Value, CatalogImportService.MapOf(uploaded!)));
        await host.Get<ImportRunner<CatalogImport>>().RunAsync(importId.Value);
        await using var db = await host.NewContextAsync();
        return await db.Set<CatalogImport>().AsNoTracking().SingleAsync(i => i.Id == importId);
    }

    public static async Task<(Category Rods, Category Spinning, Brand Shimano, Brand Jaxon)> StructureAsync(CoreHost host)
    {
        var rods = await CatalogTestData.CategoryAsync(host, "Wędki");
        var spinning = await CatalogTestData.CategoryAsync(host, "Wędki spinningowe", rods);
        await CatalogTestData.CategoryAsync(host, "Kołowrotki");
        var shimano = await CatalogTestData.AddAsync(host, new Brand { Name = "Shimano" });
        var jaxon = await CatalogTestData.AddAsync(host, new Brand { Name = "Jaxon" });
        return (rods, spinning, shimano, jaxon);
    }
}
