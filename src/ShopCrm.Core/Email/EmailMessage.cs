namespace ShopCrm.Core.Email;

// Plain data only: it is serialized with System.Text.Json into the outbox and sent later by a job.
public sealed record EmailMessage
{
    public required IReadOnlyList<EmailAddress> To { get; init; }

    public required string Subject { get; init; }

    public required string HtmlBody { get; init; }

    // When null the sender derives a rough plain-text version from HtmlBody.
    public string? TextBody { get; init; }

    public IReadOnlyList<EmailAttachment> Attachments { get; init; } = [];

    public EmailAddress? ReplyTo { get; init; }

    // Extra headers such as List-Unsubscribe; a Message-Id given here replaces the generated one.
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();
}
