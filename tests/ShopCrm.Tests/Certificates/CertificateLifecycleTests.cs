using System.Diagnostics;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ShopCrm.Certificates.Contracts;
using ShopCrm.Certificates.Demo;
using ShopCrm.Certificates.Domain;
using ShopCrm.Certificates.Jobs;
using ShopCrm.Certificates.Services;
using ShopCrm.Core.Company;
using ShopCrm.Core.Data;
using ShopCrm.Core.Demo;
using ShopCrm.Core.Email;
using ShopCrm.Tests.Infrastructure;
using static ShopCrm.Tests.Builders.Build;

namespace ShopCrm.Tests.Certificates;

public sealed class CertificateLifecycleTests
{
    private readonly ManualClock clock = new(new DateTimeOffset(2026, 1, 10, 9, 0, 0, TimeSpan.Zero));

    private Task<CoreHost> StartAsync(DatabaseProvider provider) =>
        CoreHost.StartAsync(provider, s => s.AddSingleton<TimeProvider>(clock));

    private static async Task AddShopAsync(CoreHost host)
    {
        await using var db = await host.NewContextAsync();
        db.CompanyProfiles.Add(new CompanyProfile { Name = "Wędkarski Raj", Website = "www.wedkarskiraj.pl", Email = "sklep@wedkarskiraj.pl" });
        await db.SaveChangesAsync();
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_card_past_its_date_expires_once_and_its_rest_is_written_off(DatabaseProvider provider)
    {
        await using var host = await StartAsync(provider);
        var series = await AGiftCardSeries(host.Services).Worth(10000).BuildAsync();
        var card = (await host.Get<CertificateService>().SellAsync(new SaleRequest(series.Id, SalesChannel.Store))).Value!;
        await host.Get<ICertificateRedemption>().ReserveAsync(card.Code, "O-1", 2500, SalesChannel.Store);
        var job = ActivatorUtilities.CreateInstance<CertificateExpiryJob>(host.Services);

        Assert.Equal(0, await job.ExpireDueAsync(CancellationToken.None));
        clock.Advance(TimeSpan.FromDays(366));
        var runs = await Task.WhenAll(job.ExpireDueAsync(CancellationToken.None), ActivatorUtilities.CreateInstance<CertificateExpiryJob>(host.Services).ExpireDueAsync(CancellationToken.None));

        Assert.Equal(1, runs.Sum());
        await using var db = await host.NewContextAsync();
        var stored = await db.Set<Certificate>().SingleAsync(c => c.Id == card.Id);
        Assert.Equal((CertificateStatus.Expired, 0L), (stored.Status, stored.BalanceMinor));
        var writeOff = await db.Set<CertificateTransaction>().SingleAsync(t => t.CertificateId == card.Id && t.Type == CertificateTransactionType.ExpiryWriteOff);
        Assert.Equal(-7500, writeOff.AmountMinor);
        Assert.Empty(await host.Get<CertificateBalanceCheck>().FindDriftAsync());
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task The_holder_is_reminded_once_before_the_card_expires(DatabaseProvider provider)
    {
        await using var host = await StartAsync(provider);
        await AddShopAsync(host);
        var series = await AGiftCardSeries(host.Services).Worth(20000).BuildAsync();
        await host.Get<CertificateService>().SellAsync(new SaleRequest(series.Id, SalesChannel.Online, RecipientName: "Zofia Wójcik", RecipientEmail: "zofia@example.com"));
        await using var scope = host.Services.CreateAsyncScope();
        var job = ActivatorUtilities.CreateInstance<CertificateExpiryReminderJob>(scope.ServiceProvider);

        Assert.Equal(0, await job.RemindAsync(CancellationToken.None));
        clock.Advance(TimeSpan.FromDays(340));
        Assert.Equal(1, await job.RemindAsync(CancellationToken.None));
        Assert.Equal(0, await job.RemindAsync(CancellationToken.None));

        await using var db = await host.NewContextAsync();
        var mail = JsonSerializer.Deserialize<EmailMessage>((await db.OutboxMessages.SingleAsync()).Payload)!;
        Assert.Equal("zofia@example.com", mail.To.Single().Address);
        Assert.Contains("expires on 10.01.2027", mail.Subject);
        Assert.Contains("200", System.Net.WebUtility.HtmlDecode(mail.HtmlBody));
    }

    [Fact]
    public async Task The_card_mailed_to_its_recipient_carries_the_printable_pdf()
    {
        await using var host = await StartAsync(DatabaseProvider.Sqlite);
        await AddShopAsync(host);
        var series = await AGiftCardSeries(host.Services).Worth(20000).BuildAsync();
        var card = (await host.Get<CertificateService>().SellAsync(new SaleRequest(
            series.Id, SalesChannel.Store, BuyerName: "Ania", RecipientName: "Zofia Wójcik", RecipientEmail: "zofia@example.com", PersonalMessage: "Połamania kija!"))).Value!;
        await using var scope = host.Services.CreateAsyncScope();

        Assert.True(await scope.ServiceProvider.GetRequiredService<CertificateMails>().SendCardToRecipientAsync(card.Id));

        await using var db = await host.NewContextAsync();
        var mail = JsonSerializer.Deserialize<EmailMessage>((await db.OutboxMessages.SingleAsync()).Payload)!;
        var html = System.Net.WebUtility.HtmlDecode(mail.HtmlBody);
        Assert.Contains("Połamania kija!", html);
        Assert.Contains(card.Code, html);
        var pdf = Assert.Single(mail.Attachments);
        Assert.Equal("application/pdf", pdf.ContentType);
        var text = ShopCrm.Tests.Core.Pdf.PdfText.Extract(pdf.Content);
        Assert.Contains(card.Code, text);
        Assert.Contains("www.wedkarskiraj.pl", text);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_batch_of_ten_thousand_cards_is_issued_with_unique_codes_and_matching_ledgers(DatabaseProvider provider)
    {
        await using var host = await StartAsync(provider);
        var series = await AGiftCardSeries(host.Services).Worth(5000).BuildAsync();

        var watch = Stopwatch.StartNew();
        var batch = await host.Get<CertificateService>().IssueBatchAsync(new SaleRequest(series.Id, SalesChannel.SalesRep), 10_000, "PROMO-2026");
        watch.Stop();

        Assert.True(batch.Succeeded);
        await using var db = await host.NewContextAsync();
        Assert.Equal(10_000, await db.Set<Certificate>().Where(c => c.BatchReference == "PROMO-2026").Select(c => c.Code).Distinct().CountAsync());
        Assert.Equal(50_000_000L, await db.Set<CertificateTransaction>().SumAsync(t => t.AmountMinor));
        Assert.Empty(await host.Get<CertificateBalanceCheck>().FindDriftAsync());
        Console.WriteLine($"Batch of 10,000 on {provider}: {watch.Elapsed.TotalSeconds:N1} s");
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task An_unpaid_batch_is_activated_at_once_when_paid_leaving_blocked_cards_alone(DatabaseProvider provider)
    {
        await using var host = await StartAsync(provider);
        var series = await AGiftCardSeries(host.Services).Worth(5000).BuildAsync();
        var certificates = host.Get<CertificateService>();
        var batch = (await certificates.IssueBatchAsync(new SaleRequest(series.Id, SalesChannel.SalesRep, Paid: false), 6, "ZAM/2026/117")).Value!;
        await certificates.BlockAsync(batch[0].Id, "Lost in the post");

        var activated = await Task.WhenAll(
            Task.Run(() => certificates.ActivateBatchAsync("ZAM/2026/117")),
            Task.Run(() => certificates.ActivateBatchAsync("ZAM/2026/117")));

        Assert.Equal(5, activated.Sum());
        Assert.Equal(0, await certificates.ActivateBatchAsync("ZAM/2026/117"));
        await using var db = await host.NewContextAsync();
        var states = await db.Set<Certificate>().Where(c => c.BatchReference == "ZAM/2026/117").OrderBy(c => c.Id).Select(c => c.Status).ToListAsync();
        Assert.Equal([CertificateStatus.Blocked, .. Enumerable.Repeat(CertificateStatus.Active, 5)], states);
        Assert.Equal(25_000L, await db.Set<CertificateTransaction>().SumAsync(t => t.AmountMinor));
        Assert.Empty(await host.Get<CertificateBalanceCheck>().FindDriftAsync());
    }

    [Fact]
    public async Task A_cached_balance_that_differs_from_its_ledger_is_reported()
    {
        await using var host = await StartAsync(DatabaseProvider.Sqlite);
        var series = await AGiftCardSeries(host.Services).Worth(10000).BuildAsync();
        var card = (await host.Get<CertificateService>().SellAsync(new SaleRequest(series.Id, SalesChannel.Store))).Value!;
        await using (var db = await host.NewContextAsync())
        {
            await db.Set<Certificate>().Where(c => c.Id == card.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.BalanceMinor, 12345L));
        }

        var drift = Assert.Single(await host.Get<CertificateBalanceCheck>().FindDriftAsync());

        Assert.Equal((card.Id, 12345L, 10000L), (drift.CertificateId, drift.CachedMinor, drift.LedgerMinor));

        // The daily job reports it to the administrator as an error and changes nothing.
        var log = new RecordingLogger<CertificateBalanceCheckJob>();
        await new CertificateBalanceCheckJob(host.Get<CertificateBalanceCheck>(), log).Execute(null!, CancellationToken.None);
        var error = Assert.Single(log.Entries, e => e.Level == LogLevel.Error);
        Assert.Equal($"Gift card {card.Id} ({CertificateCode.Mask(card.Code)}): the balance is 12345 but its ledger sums to 10000 (minor units)", error.Message);
        Assert.Single(await host.Get<CertificateBalanceCheck>().FindDriftAsync());
    }

    [Fact]
    public async Task Corrections_need_a_reason_and_never_take_the_balance_below_zero()
    {
        await using var host = await StartAsync(DatabaseProvider.Sqlite);
        var series = await AGiftCardSeries(host.Services).Worth(10000).BuildAsync();
        var card = (await host.Get<CertificateService>().SellAsync(new SaleRequest(series.Id, SalesChannel.Store))).Value!;
        var service = host.Get<CertificateService>();

        await Assert.ThrowsAsync<ArgumentException>(() => service.AdjustAsync(card.Id, 500, " "));
        Assert.False(await service.AdjustAsync(card.Id, -10001, "Mistake at the till"));
        Assert.True(await service.AdjustAsync(card.Id, -1000, "Mistake at the till"));

        Assert.Empty(await host.Get<CertificateBalanceCheck>().FindDriftAsync());
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task The_demo_has_cards_in_every_state_whose_ledgers_add_up(DatabaseProvider provider)
    {
        await using var host = await StartAsync(provider);
        await ActivatorUtilities.CreateInstance<CertificateDemoSeeder>(host.Services).SeedAsync(DemoScale.Small, CancellationToken.None);

        await using var db = await host.NewContextAsync();
        var states = await db.Set<Certificate>().Select(c => c.Status).Distinct().ToListAsync();
        Assert.Equal(Enum.GetValues<CertificateStatus>().Order(), states.Order());
        Assert.Empty(await host.Get<CertificateBalanceCheck>().FindDriftAsync());
    }
}
