using System.Text.Json.Serialization;

namespace ShopCrm.Orders.Services.Webhooks;

// The body the e-shop receives; the names are fixed by the published contract (docs/site-api.md).
public sealed record OrderStatusWebhook(
    [property: JsonPropertyName("siteOrderId")] string SiteOrderId,
    [property: JsonPropertyName("number")] string Number,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("changedAt")] DateTime ChangedAt,
    [property: JsonPropertyName("trackingNumber")] string? TrackingNumber,
    [property: JsonPropertyName("carrier")] string? Carrier);
