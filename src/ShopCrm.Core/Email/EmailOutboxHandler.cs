using System.Text.Json;
using ShopCrm.Core.Outbox;

namespace ShopCrm.Core.Email;

// Mail leaves through the outbox: queued in the transaction that decides to send it, sent (and retried)
// by the outbox job, so neither a crash nor a slow SMTP server loses or blocks it.
public sealed class EmailOutboxHandler(IEmailSender sender) : IOutboxHandler
{
    public const string MessageType = "email";

    public string Type => MessageType;

    public async Task HandleAsync(string payload, CancellationToken ct)
    {
        var message = JsonSerializer.Deserialize<EmailMessage>(payload)
            ?? throw new InvalidOperationException("The queued e-mail is empty.");
        await sender.SendAsync(message, ct);
    }
}
