using System.Net;
using System.Net.Mail;
using System.Net.Mime;
using System.Text;
using Microsoft.Extensions.Options;

namespace ShopCrm.Core.Email;

public sealed class SmtpEmailSender(IOptions<EmailOptions> options) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        var settings = options.Value;
        using var mail = CreateMailMessage(message, settings);
        using var client = CreateClient(settings);
        await client.SendMailAsync(mail, ct);
    }

    private static MailMessage CreateMailMessage(EmailMessage message, EmailOptions settings)
    {
        var mail = new MailMessage
        {
            From = new MailAddress(settings.FromAddress, settings.FromName, Encoding.UTF8),
            // MailMessage rejects line breaks in a subject; they can sneak in from order notes or names.
            Subject = message.Subject.ReplaceLineEndings(" "),
            SubjectEncoding = Encoding.UTF8,
            HeadersEncoding = Encoding.UTF8,
            BodyEncoding = Encoding.UTF8,
        };
        try
        {
            foreach (var recipient in message.To)
            {
                mail.To.Add(ToMailAddress(recipient));
            }

            if (message.ReplyTo is { } replyTo)
            {
                mail.ReplyToList.Add(ToMailAddress(replyTo));
            }

            // Plain text first: clients show the last alternative they understand, so HTML wins where it can.
            mail.AlternateViews.Add(TextView(message.TextBody ?? HtmlToText.Convert(message.HtmlBody), MediaTypeNames.Text.Plain));
            mail.AlternateViews.Add(TextView(message.HtmlBody, MediaTypeNames.Text.Html));

            foreach (var file in message.Attachments)
            {
                var attachment = new Attachment(new MemoryStream(file.Content, writable: false), file.FileName, file.ContentType)
                {
                    NameEncoding = Encoding.UTF8,
                };
                attachment.ContentDisposition!.FileName = file.FileName;
                mail.Attachments.Add(attachment);
            }

            foreach (var (name, value) in message.Headers)
            {
                mail.Headers[name] = value;
            }

            // SmtpClient does not add one, and spam filters count a missing Message-Id against the sender.
            if (string.IsNullOrEmpty(mail.Headers["Message-Id"]))
            {
                mail.Headers["Message-Id"] = $"<{Guid.NewGuid():N}@{mail.From.Host}>";
            }

            return mail;
        }
        catch
        {
            mail.Dispose();
            throw;
        }
    }

    private static MailAddress ToMailAddress(EmailAddress address) =>
        new(address.Address, address.DisplayName, Encoding.UTF8);

    private static AlternateView TextView(string content, string mediaType)
    {
        // Mail text is CRLF by definition. Base64 because System.Net.Mail's quoted-printable turns every
        // line break into =0D=0A, so it is no easier to read, and it triples the size of Cyrillic text.
        var view = AlternateView.CreateAlternateViewFromString(content.ReplaceLineEndings("\r\n"), Encoding.UTF8, mediaType);
        view.TransferEncoding = TransferEncoding.Base64;
        return view;
    }

    private static SmtpClient CreateClient(EmailOptions settings)
    {
        if (settings.Mode == EmailDeliveryMode.Pickup)
        {
            if (string.IsNullOrWhiteSpace(settings.PickupDirectory))
            {
                throw new InvalidOperationException("Email:PickupDirectory is not set; the host should default it to the data folder's \"mail\" folder.");
            }

            // SmtpClient accepts only an absolute pickup folder, and will not create it.
            var folder = Path.GetFullPath(settings.PickupDirectory);
            Directory.CreateDirectory(folder);
            return new SmtpClient
            {
                DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory,
                PickupDirectoryLocation = folder,
            };
        }

        if (string.IsNullOrWhiteSpace(settings.Host))
        {
            throw new InvalidOperationException("Email:Host is required when Email:Mode is Smtp.");
        }

        var client = new SmtpClient(settings.Host, settings.Port)
        {
            DeliveryMethod = SmtpDeliveryMethod.Network,
            EnableSsl = settings.EnableSsl,
            Timeout = (int)TimeSpan.FromSeconds(settings.TimeoutSeconds).TotalMilliseconds,
        };
        if (!string.IsNullOrEmpty(settings.UserName))
        {
            client.Credentials = new NetworkCredential(settings.UserName, settings.Password);
        }

        return client;
    }
}
