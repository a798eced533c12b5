using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using ShopCrm.Clients.Services;
using ShopCrm.Core.Csv;
using ShopCrm.Core.Data;
using ShopCrm.Core.Security;

namespace ShopCrm.Clients.Api;

// Downloads as plain HTTP (not through the circuit), as every file transfer in the app.
public static class ClientEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(ClientExport.ListPath, async (HttpContext http, IDbContextFactory<ShopDbContext> contexts, CancellationToken ct) =>
            {
                await using var db = await contexts.CreateDbContextAsync(ct);
                await CsvDownload.WriteAsync(http, "clients.csv", output => ClientExport.WriteAsync(db, ClientExport.FilterFrom(http.Request.Query), output, ct));
            })
            .RequirePermission(ClientPermissions.Export)
            .ExcludeFromDescription();
    }
}
