using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Options;
using ShopCrm.Core.Outbox;

namespace ShopCrm.Orders.Services.Webhooks;

// Posts the queued body as it was stored, signed at the moment of sending: a retry carries a fresh
// timestamp, so a delivery that waited an hour in the outbox is not refused as stale. Anything but a 2xx
// answer throws, and the outbox tries again later.
public sealed class OrderWebhookHandler(IHttpClientFactory clients, IOptions<OrderWebhookOptions> options, TimeProvider time) : IOutboxHandler
{
    public const string MessageType = "order-status-webhook";
    public const string ClientName = "order-webhook";

    public string Type => MessageType;

    public async Task HandleAsync(string payload, CancellationToken ct)
    {
        var settings = options.Value;
        if (!settings.IsEnabled)
        {
            // The shop switched the webhook off after this was queued: nobody is waiting for it.
            return;
        }

        var timestamp = time.GetUtcNow().ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, settings.Url)
        {
            Content = new StringContent(payload, Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
        };
        request.Headers.Add(WebhookSignature.TimestampHeader, timestamp.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add(WebhookSignature.SignatureHeader, WebhookSignature.Sign(settings.Secret!, timestamp, payload));

        var client = clients.CreateClient(ClientName);
        client.Timeout = TimeSpan.FromSeconds(settings.TimeoutSeconds);
        using var response = await client.SendAsync(request, ct);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"The e-shop answered {(int)response.StatusCode} {response.ReasonPhrase} to the status webhook.", null, response.StatusCode);
        }
    }
}
