using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using ShopCrm.Core.Email;
using static ShopCrm.Tests.Core.Email.EmailTestServices;

namespace ShopCrm.Tests.Core.Email;

public sealed class SmtpDeliveryTests(SmtpServerFixture smtp) : IClassFixture<SmtpServerFixture>
{
    [Fact]
    public async Task Smtp_mode_delivers_a_rendered_template_with_polish_and_cyrillic_text_and_an_attachment()
    {
        await using var provider = Build(new()
        {
            ["Email:Mode"] = "Smtp",
            ["Email:Host"] = "127.0.0.1",
            ["Email:Port"] = smtp.Port.ToString(CultureInfo.InvariantCulture),
            ["Email:FromAddress"] = "sklep@shopcrm.test",
            ["Email:FromName"] = "Sklep Żółw",
        });
        await using var scope = provider.CreateAsyncScope();
        var html = await scope.ServiceProvider.GetRequiredService<EmailTemplateRenderer>().RenderAsync<TestEmail>(new Dictionary<string, object?>
        {
            [nameof(TestEmail.ShopName)] = "Sklep Żółw",
            [nameof(TestEmail.CustomerName)] = Polish,
            [nameof(TestEmail.OrderNumber)] = "ZAM/42",
            [nameof(TestEmail.Lines)] = new[] { Cyrillic },
            [nameof(TestEmail.OrderUrl)] = "https://sklep.example/zamowienia/42",
        });
        var messageId = $"<{Guid.NewGuid():N}@shopcrm.test>";
        var subject = $"Zamówienie ZAM/42 – {Polish} – {Cyrillic}";
        var invoice = Encoding.UTF8.GetBytes($"Faktura: {Polish} / {Cyrillic}").Concat(new byte[] { 0, 1, 2, 255 }).ToArray();
        var message = new EmailMessage
        {
            To = [new("jan.kowalski@shopcrm.test", "Jan Kowalski-Żółkiewski"), new("ivan@shopcrm.test", "Иван Петров")],
            Subject = subject,
            HtmlBody = html,
            Attachments = [new("faktura-żółć.pdf", "application/pdf", invoice)],
            Headers = new Dictionary<string, string> { ["Message-Id"] = messageId },
        };

        await provider.GetRequiredService<IEmailSender>().SendAsync(message, CancellationToken.None);

        var mail = await smtp.WaitForMessageAsync(messageId, TimeSpan.FromSeconds(10));
        Assert.Equal(subject, mail.Header("Subject"));
        Assert.Equal("Sklep Żółw <sklep@shopcrm.test>", mail.Header("From"));
        var to = mail.Header("To");
        Assert.Contains("Jan Kowalski-Żółkiewski <jan.kowalski@shopcrm.test>", to);
        Assert.Contains("Иван Петров <ivan@shopcrm.test>", to);
        Assert.NotNull(mail.Header("Date"));
        // Added by aiosmtpd from the SMTP envelope: what the server was really asked to deliver.
        Assert.Equal("jan.kowalski@shopcrm.test, ivan@shopcrm.test", mail.Header("X-RcptTo"));

        var leaves = mail.Leaves().ToList();
        var htmlPart = Assert.Single(leaves, p => p.MediaType == "text/html");
        var receivedHtml = WebUtility.HtmlDecode(htmlPart.Text);
        Assert.Contains($"Dzień dobry, {Polish}!", receivedHtml);
        Assert.Contains($"<li>{Cyrillic}</li>", receivedHtml);
        var textPart = Assert.Single(leaves, p => p.MediaType == "text/plain");
        Assert.Contains($"Dzień dobry, {Polish}!", textPart.Text);
        Assert.Contains($"- {Cyrillic}", textPart.Text);
        Assert.Contains("Zobacz zamówienie (https://sklep.example/zamowienia/42)", textPart.Text);
        Assert.DoesNotContain("<", textPart.Text);

        var attachment = Assert.Single(leaves, p => p.MediaType == "application/pdf");
        Assert.Equal("faktura-żółć.pdf", attachment.FileName);
        Assert.Equal(invoice, attachment.Body);
    }
}
