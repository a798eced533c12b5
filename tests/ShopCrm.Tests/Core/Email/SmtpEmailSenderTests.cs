using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Mail;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ShopCrm.Core.Email;
using static ShopCrm.Tests.Core.Email.EmailTestServices;

namespace ShopCrm.Tests.Core.Email;

public sealed class SmtpEmailSenderTests
{
    [Fact]
    public async Task Pickup_mode_writes_one_eml_file_into_a_folder_it_creates()
    {
        var folder = Path.Combine(Path.GetTempPath(), "shopcrm-pickup-" + Guid.NewGuid().ToString("N"), "mail");
        try
        {
            await using var provider = Build(new()
            {
                ["Email:PickupDirectory"] = folder,
                ["Email:FromAddress"] = "sklep@shopcrm.test",
            });
            var message = new EmailMessage
            {
                To = [new("anna@shopcrm.test")],
                Subject = $"Przypomnienie – {Cyrillic}",
                HtmlBody = $"<p>{WebUtility.HtmlEncode(Polish)}</p>",
                TextBody = $"{Polish}\n{Cyrillic}",
                ReplyTo = new("obsluga@shopcrm.test", "Obsługa klienta"),
                Headers = new Dictionary<string, string> { ["List-Unsubscribe"] = "<https://sklep.example/wypisz?k=1>" },
            };

            await provider.GetRequiredService<IEmailSender>().SendAsync(message, CancellationToken.None);

            var file = Assert.Single(Directory.GetFiles(folder));
            Assert.EndsWith(".eml", file, StringComparison.Ordinal);
            var mail = MimeEntity.Parse(await File.ReadAllTextAsync(file, CancellationToken.None));
            Assert.Equal(message.Subject, mail.Header("Subject"));
            Assert.Equal("anna@shopcrm.test", mail.Header("To"));
            Assert.Equal("Obsługa klienta <obsluga@shopcrm.test>", mail.Header("Reply-To"));
            Assert.Equal("<https://sklep.example/wypisz?k=1>", mail.Header("List-Unsubscribe"));
            Assert.Matches("^<[0-9a-f]{32}@shopcrm.test>$", mail.Header("Message-Id"));
            var leaves = mail.Leaves().ToList();
            Assert.Equal(message.HtmlBody, Assert.Single(leaves, p => p.MediaType == "text/html").Text);
            Assert.Equal(message.TextBody, Assert.Single(leaves, p => p.MediaType == "text/plain").Text.ReplaceLineEndings("\n"));
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(folder)!, recursive: true);
        }
    }

    [Fact]
    public async Task A_message_that_went_through_json_is_sent_the_same()
    {
        var folder = Path.Combine(Path.GetTempPath(), "shopcrm-pickup-" + Guid.NewGuid().ToString("N"));
        try
        {
            await using var provider = Build(new() { ["Email:PickupDirectory"] = folder });
            var original = new EmailMessage
            {
                To = [new("a@shopcrm.test", "Ala"), new("b@shopcrm.test")],
                Subject = Polish,
                HtmlBody = "<p>Treść</p>",
                Attachments = [new("plik.bin", "application/octet-stream", [1, 2, 3])],
                ReplyTo = new("c@shopcrm.test"),
                Headers = new Dictionary<string, string> { ["X-Shop"] = "1" },
            };

            var copy = JsonSerializer.Deserialize<EmailMessage>(JsonSerializer.Serialize(original))!;

            Assert.Equal(original.To, copy.To);
            Assert.Equal(original.Subject, copy.Subject);
            Assert.Equal(original.HtmlBody, copy.HtmlBody);
            Assert.Null(copy.TextBody);
            Assert.Equal(original.ReplyTo, copy.ReplyTo);
            Assert.Equal(original.Headers, copy.Headers);
            var attachment = Assert.Single(copy.Attachments);
            Assert.Equal(("plik.bin", "application/octet-stream"), (attachment.FileName, attachment.ContentType));
            Assert.Equal(new byte[] { 1, 2, 3 }, attachment.Content);

            await provider.GetRequiredService<IEmailSender>().SendAsync(copy, CancellationToken.None);
            Assert.Single(Directory.GetFiles(folder));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Smtp_mode_fails_when_no_server_listens()
    {
        await using var provider = Build(new()
        {
            ["Email:Mode"] = "Smtp",
            ["Email:Host"] = "127.0.0.1",
            ["Email:Port"] = "1",
        });
        var message = new EmailMessage { To = [new("a@shopcrm.test")], Subject = "x", HtmlBody = "<p>x</p>" };

        await Assert.ThrowsAsync<SmtpException>(() => provider.GetRequiredService<IEmailSender>().SendAsync(message, CancellationToken.None));
    }

    [Fact]
    public async Task Smtp_mode_gives_up_after_the_timeout_when_the_server_never_answers()
    {
        // Accepts the connection but never sends the greeting, like a server that hangs.
        var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        try
        {
            await using var provider = Build(new()
            {
                ["Email:Mode"] = "Smtp",
                ["Email:Host"] = "127.0.0.1",
                ["Email:Port"] = ((IPEndPoint)silent.LocalEndpoint).Port.ToString(CultureInfo.InvariantCulture),
                ["Email:TimeoutSeconds"] = "1",
            });
            var message = new EmailMessage { To = [new("a@shopcrm.test")], Subject = "x", HtmlBody = "<p>x</p>" };

            var started = Stopwatch.StartNew();
            var error = await Assert.ThrowsAsync<SmtpException>(() => provider.GetRequiredService<IEmailSender>().SendAsync(message, CancellationToken.None));
            Assert.Contains("timed out", error.Message, StringComparison.OrdinalIgnoreCase);
            Assert.InRange(started.Elapsed, TimeSpan.FromSeconds(0.9), TimeSpan.FromSeconds(10));
        }
        finally
        {
            silent.Stop();
        }
    }

    [Fact]
    public async Task Sending_stops_when_the_caller_cancels()
    {
        var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        try
        {
            await using var provider = Build(new()
            {
                ["Email:Mode"] = "Smtp",
                ["Email:Host"] = "127.0.0.1",
                ["Email:Port"] = ((IPEndPoint)silent.LocalEndpoint).Port.ToString(CultureInfo.InvariantCulture),
            });
            var message = new EmailMessage { To = [new("a@shopcrm.test")], Subject = "x", HtmlBody = "<p>x</p>" };
            using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => provider.GetRequiredService<IEmailSender>().SendAsync(message, cancel.Token));
        }
        finally
        {
            silent.Stop();
        }
    }

    [Fact]
    public void Settings_that_cannot_work_are_rejected_with_the_key_to_fix()
    {
        using var provider = Build(new() { ["Email:Mode"] = "Smtp" });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<EmailOptions>>().Value);
        Assert.Contains("Email:Host is required when Email:Mode is Smtp.", error.Failures);
    }
}
