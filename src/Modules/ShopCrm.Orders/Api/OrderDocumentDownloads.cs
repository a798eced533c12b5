using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ShopCrm.Core.Security;
using ShopCrm.Orders.Services.Documents;

namespace ShopCrm.Orders.Api;

// Documents as plain HTTP downloads for the order card and the warehouse, never through the circuit.
public static class OrderDocumentDownloads
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/orders/{orderId:long}/documents/{documentId:long}.pdf", async (long orderId, long documentId, OrderDocuments documents, CancellationToken ct) =>
            {
                var document = await documents.RenderAsync(documentId, ct);
                return document is null || document.OrderId != orderId
                    ? Results.NotFound()
                    : Results.File(document.Pdf, "application/pdf", document.FileName);
            })
            .RequirePermission(OrderPermissions.View)
            .ExcludeFromDescription();

        endpoints.MapGet("/orders/{orderId:long}/picking-list.pdf", async (long orderId, PickingLists lists, CancellationToken ct) =>
                await lists.ForOrderAsync(orderId, ct) is { } pdf ? Results.File(pdf, "application/pdf", $"lista-kompletacyjna-{orderId}.pdf") : Results.NotFound())
            .RequirePermission(OrderPermissions.Warehouse)
            .ExcludeFromDescription();

        endpoints.MapGet("/orders/assembly/picking-list.pdf", async (PickingLists lists, CancellationToken ct) =>
                Results.File(await lists.ForAssemblyAsync(ct), "application/pdf", "lista-kompletacyjna.pdf"))
            .RequirePermission(OrderPermissions.Warehouse)
            .ExcludeFromDescription();
    }

    public static string DocumentAddress(long orderId, long documentId) => $"/orders/{orderId}/documents/{documentId}.pdf";
}
