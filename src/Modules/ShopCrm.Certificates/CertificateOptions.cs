namespace ShopCrm.Certificates;

public sealed class CertificateOptions
{
    public const string Section = "Certificates";

    public int ExpiryReminderDays { get; set; } = 30;

    public int BalanceChecksPerVisitorPerMinute { get; set; } = 20;

    public int BalanceChecksPerCodePerMinute { get; set; } = 5;
}
