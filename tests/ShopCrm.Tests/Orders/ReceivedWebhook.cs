using System.Net;

namespace ShopCrm.Tests.Orders;

public sealed record ReceivedWebhook(string Method, string? ContentType, string? Timestamp, string? Signature, string Body, HttpStatusCode Answer);
