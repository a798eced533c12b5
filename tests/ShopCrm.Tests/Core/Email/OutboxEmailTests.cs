using Microsoft.Extensions.DependencyInjection;
using ShopCrm.Core.Data;
using ShopCrm.Core.Email;
using ShopCrm.Core.Outbox;
using ShopCrm.Tests.Infrastructure;

namespace ShopCrm.Tests.Core.Email;

public sealed class OutboxEmailTests(SmtpServerFixture smtp) : IClassFixture<SmtpServerFixture>
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_queued_mail_reaches_the_smtp_server_when_the_outbox_job_runs(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider, settings: new Dictionary<string, string?>
        {
            ["Email:Mode"] = "Smtp",
            ["Email:Host"] = "127.0.0.1",
            ["Email:Port"] = smtp.Port.ToString(),
            ["Email:FromAddress"] = "sklep@wedkarskiraj.pl",
        });
        var messageId = $"<{Guid.NewGuid():N}@shopcrm.test>";
        await using (var db = await host.NewContextAsync())
        {
            db.EnqueueEmail(new EmailMessage
            {
                To = [new EmailAddress("jan.kowalski@example.com", "Jan Kowalski")],
                Subject = "Przypomnienie o płatności",
                HtmlBody = "<p>Dzień dobry, czekamy na wpłatę.</p>",
                Headers = new Dictionary<string, string> { ["Message-Id"] = messageId },
            }, DateTime.UtcNow);
            await db.SaveChangesAsync();
        }

        var delivered = await ActivatorUtilities.CreateInstance<OutboxDeliveryJob>(host.Services).DeliverDueAsync(CancellationToken.None);
        var received = await smtp.WaitForMessageAsync(messageId, TimeSpan.FromSeconds(10));

        Assert.Equal(1, delivered);
        Assert.Equal("Przypomnienie o płatności", received.Header("Subject"));
        Assert.Contains("czekamy na wpłatę", received.Leaves().Single(p => p.MediaType == "text/html").Text);
    }
}
