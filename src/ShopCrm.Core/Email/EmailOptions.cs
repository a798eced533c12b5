namespace ShopCrm.Core.Email;

public sealed class EmailOptions
{
    public const string SectionName = "Email";

    public EmailDeliveryMode Mode { get; set; } = EmailDeliveryMode.Pickup;

    // Left empty here because only the host knows the data folder; it fills in "<data>/mail".
    public string? PickupDirectory { get; set; }

    public string FromAddress { get; set; } = "noreply@localhost";

    public string? FromName { get; set; }

    public string? Host { get; set; }

    public int Port { get; set; } = 25;

    public bool EnableSsl { get; set; }

    public string? UserName { get; set; }

    public string? Password { get; set; }

    public int TimeoutSeconds { get; set; } = 30;
}
