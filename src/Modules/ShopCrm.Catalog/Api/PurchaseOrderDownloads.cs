using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ShopCrm.Catalog.Documents;
using ShopCrm.Catalog.Services;
using ShopCrm.Catalog.Services.Suppliers;
using ShopCrm.Core.Security;

namespace ShopCrm.Catalog.Api;

// The purchase order PDF as a plain HTTP download (not through the circuit).
internal static class PurchaseOrderDownloads
{
    public static string Address(int purchaseOrderId) => $"/warehouse/purchase-orders/{purchaseOrderId}/pdf";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/warehouse/purchase-orders/{id:int}/pdf", async (int id, PurchaseOrderService orders, CancellationToken ct) =>
            {
                var document = await orders.DocumentAsync(id, ct);
                return document is null
                    ? Results.NotFound()
                    : Results.File(PurchaseOrderPdf.Render(document), "application/pdf", PurchaseOrderPdf.FileName(document.Number));
            })
            .RequirePermission(CatalogPermissions.Restock)
            .ExcludeFromDescription();
    }
}
