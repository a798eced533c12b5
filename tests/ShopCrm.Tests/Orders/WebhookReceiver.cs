using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ShopCrm.Tests.Orders;

// A real HTTP endpoint on a free loopback port standing in for the e-shop: it records every call with its
// raw body and answers with the next queued status code (200 once the queue is empty).
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly HttpListener listener = new();
    private readonly ConcurrentQueue<HttpStatusCode> answers = new();
    private readonly Task loop;

    private WebhookReceiver(int port)
    {
        Url = $"http://127.0.0.1:{port}/shop/webhooks/orders/";
        listener.Prefixes.Add(Url);
        listener.Start();
        loop = Task.Run(ServeAsync);
    }

    public string Url { get; }

    public ConcurrentQueue<ReceivedWebhook> Calls { get; } = new();

    public static WebhookReceiver Start()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return new WebhookReceiver(port);
    }

    public void AnswerNext(HttpStatusCode status) => answers.Enqueue(status);

    public async ValueTask DisposeAsync()
    {
        listener.Stop();
        listener.Close();
        await loop;
    }

    private async Task ServeAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            var status = answers.TryDequeue(out var queued) ? queued : HttpStatusCode.OK;
            Calls.Enqueue(new ReceivedWebhook(
                context.Request.HttpMethod,
                context.Request.ContentType,
                context.Request.Headers["X-ShopCrm-Timestamp"],
                context.Request.Headers["X-ShopCrm-Signature"],
                body,
                status));
            context.Response.StatusCode = (int)status;
            context.Response.Close();
        }
    }
}
