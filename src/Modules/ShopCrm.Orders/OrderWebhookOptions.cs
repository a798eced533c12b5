namespace ShopCrm.Orders;

// Where the e-shop wants to hear about status changes of its orders. Without a Url nothing is sent. The
// Secret signs every call; it comes from user secrets or the environment, never from a committed file.
public sealed class OrderWebhookOptions
{
    public const string Section = "Orders:Webhook";

    public string? Url { get; set; }

    public string? Secret { get; set; }

    public int TimeoutSeconds { get; set; } = 10;

    public bool IsEnabled => !string.IsNullOrWhiteSpace(Url);
}
