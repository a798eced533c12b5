using ShopCrm.Catalog;
using ShopCrm.Certificates;
using ShopCrm.Clients;
using ShopCrm.Orders;
using ShopCrm.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddShopCrm();

// Modules, in dependency order (each only uses those above it).
builder.AddCatalogModule();
builder.AddClientsModule();
builder.AddCertificatesModule();
builder.AddOrdersModule();

var app = builder.Build();
if (await AppCommands.TryRunAsync(app, args))
{
    return;
}

await app.PrepareDatabaseAsync();
app.UseShopCrm();
await app.RunAsync();

public partial class Program;
