namespace ShopCrm.Certificates;

public sealed class CertificateOptions
{
    public const string Section = "Certificates";

    public int ExpiryReminderDays { get; set; } = 30;

    // Guessing limits, shared by every path that takes a code (docs/site-api.md): a caller is an API key
    // or a staff account, never anything the caller writes into a header.
    public int WrongCodesPerCallerPerMinute { get; set; } = 20;

    public int AttemptsPerCodePerMinute { get; set; } = 5;
}
