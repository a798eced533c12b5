using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ShopCrm.BrowserTests.Infrastructure;
using ShopCrm.BrowserTests.Pages;
using ShopCrm.Certificates.Contracts;
using ShopCrm.Certificates;
using ShopCrm.Certificates.Domain;
using ShopCrm.Certificates.Services;
using ShopCrm.Core.Data;
using ShopCrm.Core.Security;
using ShopCrm.Tests.Core.Pdf;

namespace ShopCrm.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class CertificateTests(BrowserApp app)
{
    private const string SeriesName = "Karta urodzinowa 200 zł";
    private const string Recipient = "Zofia Wójcik";
    private const string Message = "Wszystkiego najlepszego z okazji urodzin! Ściskam, Łucja";
    private const string BlockReason = "Klientka zgłosiła zgubienie karty";

    private static readonly CultureInfo ShopCulture = CultureInfo.GetCultureInfo("en-GB");

    [Fact]
    public async Task The_accountant_sells_a_birthday_card_blocks_and_unblocks_it_and_the_owner_sees_it_owed()
    {
        await using var session = await app.OpenSessionAsync();
        var page = session.Page;
        var shell = await DemoLogin.AsAsync(page, Roles.Accountant);
        var owedBefore = await OwedAsync(page, shell);

        // A series with a fixed value of 200 zł, after the form has said what is missing.
        await shell.OpenMenuEntryAsync("Card series", CertificateSeriesPage.Path);
        var series = new CertificateSeriesPage(page);
        await Expect(series.Heading).ToBeVisibleAsync();
        await series.OpenNewSeriesFormAsync();
        await series.SaveAsync();
        await Expect(series.Dialog.GetByText("Give the series a name.")).ToBeVisibleAsync();
        await Expect(series.Dialog.GetByText("Enter the card's value, more than zero.")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "accountant-series-form-errors");
        await series.FillFixedValueSeriesAsync(SeriesName, 200);
        await Screenshots.SaveAsync(page, "accountant-series-form");
        await series.SaveAsync();
        await Expect(series.Dialog).ToHaveCountAsync(0);
        await Expect(series.RowFor(SeriesName)).ToContainTextAsync("200.00 PLN");
        await Expect(series.RowFor(SeriesName)).ToContainTextAsync("12 months");

        // The same name again is refused at the name field.
        await series.OpenNewSeriesFormAsync();
        await series.FillFixedValueSeriesAsync(SeriesName, 100);
        await series.SaveAsync();
        await Expect(series.Dialog.GetByRole(AriaRole.Alert)).ToHaveTextAsync($"A series named \"{SeriesName}\" already exists. Choose another name.");
        await Screenshots.SaveAsync(page, "accountant-series-duplicate-name");
        await series.Dialog.GetByRole(AriaRole.Button, new() { Name = "Cancel" }).ClickAsync();
        await Expect(series.RowFor(SeriesName)).ToHaveCountAsync(1);
        await Screenshots.SaveAsync(page, "accountant-card-series");

        // Selling in the store: a wrong e-mail is pointed out at its field before anything is sold.
        await shell.OpenMenuEntryAsync("Gift cards", CertificatesPage.Path);
        var cards = new CertificatesPage(page);
        await Expect(cards.Heading).ToBeVisibleAsync();
        await shell.WaitUntilLoadedAsync();
        await cards.OpenSaleFormAsync();
        await Expect(cards.Channel("In the store")).ToBeCheckedAsync();
        await cards.ChooseSeriesAsync(SeriesName);
        await cards.RecipientEmailBox.FillAsync("zofia.wojcik@");
        await cards.SellCardButton.ClickAsync();
        await Expect(cards.Dialog.GetByText("This is not an e-mail address; check it or leave it empty.")).ToBeVisibleAsync();
        await cards.BuyerNameBox.FillAsync("Łucja Wójcik");
        await cards.RecipientNameBox.FillAsync(Recipient);
        await cards.RecipientEmailBox.FillAsync("zofia.wojcik@example.pl");
        await cards.MessageBox.FillAsync(Message);
        await Expect(cards.Paid).ToBeCheckedAsync();
        await Expect(cards.Dialog.GetByText("This is not an e-mail address; check it or leave it empty.")).ToHaveCountAsync(0);
        await Screenshots.SaveAsync(page, "accountant-sell-card");
        await cards.SellCardButton.ClickAsync();

        await Expect(page).ToHaveURLAsync(CertificatePage.Address());
        var card = new CertificatePage(page);
        await shell.WaitUntilLoadedAsync();
        await Expect(card.Balance).ToContainTextAsync("200.00 PLN");
        await Expect(card.Status).ToContainTextAsync("Active");
        var activation = card.LedgerRows.Filter(new() { HasText = "Activation" });
        await Expect(activation).ToHaveCountAsync(1);
        await Expect(activation).ToContainTextAsync("+200.00 PLN");
        await Expect(activation).ToContainTextAsync(DemoLogin.EmailOf(Roles.Accountant));
        await Expect(page.GetByText(Recipient, new() { Exact = true })).ToBeVisibleAsync();
        await Expect(card.Message).ToContainTextAsync(Message);
        var id = CertificatePage.Address().Match(page.Url).Groups["id"].Value;
        await Expect(card.PrintLink).ToHaveAttributeAsync("href", $"/certificates/{id}/card.pdf");
        var code = (await card.Code.InnerTextAsync()).Trim();
        Assert.Equal(code, CertificateCode.Normalize(code));
        await Screenshots.SaveAsync(page, "accountant-card-sold");

        await card.BlockAsync(BlockReason);

        await Expect(card.Status).ToContainTextAsync("Blocked");
        await Expect(card.BlockedNotice).ToContainTextAsync(BlockReason);
        await Expect(card.BlockButton).ToHaveCountAsync(0);
        await Screenshots.SaveAsync(page, "accountant-card-blocked");

        await card.UnblockAsync();

        await Expect(card.Status).ToContainTextAsync("Active");
        await Expect(card.BlockedNotice).ToHaveCountAsync(0);
        await Expect(card.Balance).ToContainTextAsync("200.00 PLN");

        // A correction that would take the balance below zero is refused with the reason; a fitting one is booked.
        await card.CorrectBalanceAsync(-500, "Pomyłka przy kasie");
        await Expect(card.Dialog.GetByRole(AriaRole.Alert)).ToContainTextAsync("a balance cannot go below zero");
        await Screenshots.SaveAsync(page, "accountant-correction-refused");
        await card.AmountBox.FillAsync("-50");
        await card.AmountBox.PressAsync("Tab");
        await Expect(card.Dialog).ToContainTextAsync("The balance would become 150.00 PLN.");
        await card.Dialog.GetByRole(AriaRole.Button, new() { Name = "Correct balance" }).ClickAsync();
        await Expect(card.Dialog).ToHaveCountAsync(0);
        await Expect(card.Balance).ToContainTextAsync("150.00 PLN");
        await Expect(card.Status).ToContainTextAsync("Partly used");
        await Expect(card.LedgerRows.Filter(new() { HasText = "Correction" })).ToContainTextAsync("\u221250.00 PLN");
        await Expect(card.LedgerRows.Filter(new() { HasText = "Correction" })).ToContainTextAsync("Pomyłka przy kasie");
        await Expect(card.LedgerRows.Nth(1)).ToContainTextAsync("Correction");

        // The code as a customer reads it out (no dashes, any case) finds the card from the list.
        await shell.OpenMenuEntryAsync("Gift cards", CertificatesPage.Path);
        await shell.WaitUntilLoadedAsync();
        await Expect(cards.RowFor(code)).ToContainTextAsync(Recipient);
        await Screenshots.SaveAsync(page, "accountant-gift-cards");
        await cards.CodeBox.FillAsync(code[..^1] + (code[^1] == 'A' ? 'B' : 'A'));
        await cards.OpenCodeButton.ClickAsync();
        await Expect(cards.CodeError).ToContainTextAsync("This is not a gift card code.");
        await cards.CodeBox.FillAsync(code.Replace("-", "", StringComparison.Ordinal).ToLowerInvariant());
        await cards.OpenCodeButton.ClickAsync();
        await Expect(page).ToHaveURLAsync(CertificatePage.Address());
        await Expect(card.Code).ToHaveTextAsync(code);
        Assert.Empty(session.BrowserErrors);

        await using var ownerSession = await app.OpenSessionAsync();
        var ownerShell = await DemoLogin.AsAsync(ownerSession.Page, Roles.Owner);
        await ownerShell.OpenMenuEntryAsync("Reports", CertificateReportsPage.Path);
        var reports = new CertificateReportsPage(ownerSession.Page);
        await Expect(reports.Heading).ToBeVisibleAsync();
        await ownerShell.WaitUntilLoadedAsync();
        await Expect(reports.Liability).ToContainTextAsync(Pln(owedBefore + 150m));
        await Expect(reports.ChartSeries("Sold: Store")).ToBeVisibleAsync();
        await Expect(reports.ChartSeries("Redeemed")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(ownerSession.Page, "owner-gift-card-reports");
        await reports.Period("90 days").ClickAsync();
        await Expect(reports.Period("90 days")).ToBeCheckedAsync();
        await Expect(reports.PeriodText).ToContainTextAsync(ShopToday().AddDays(-89).ToString("d MMM yyyy", ShopCulture));
        await reports.ExpiringGrid.ScrollIntoViewIfNeededAsync();
        await ownerSession.Page.Mouse.MoveAsync(0, 0);
        await Screenshots.SaveAsync(ownerSession.Page, "owner-gift-card-reports-90-days");
        Assert.Empty(ownerSession.BrowserErrors);
    }

    [Fact]
    public async Task The_owner_issues_an_unpaid_batch_for_a_company_and_finds_the_cards_in_the_list()
    {
        await using var session = await app.OpenSessionAsync();
        var page = session.Page;
        var shell = await DemoLogin.AsAsync(page, Roles.Owner);
        const string seriesName = "Bon świąteczny dla firm";
        await shell.OpenMenuEntryAsync("Card series", CertificateSeriesPage.Path);
        var series = new CertificateSeriesPage(page);
        await series.OpenNewSeriesFormAsync();
        await series.NameBox.FillAsync(seriesName);
        await series.ChooseAsync(series.ChosenAtSale);
        await series.SaveAsync();
        await Expect(series.RowFor(seriesName)).ToContainTextAsync("chosen at sale: 20.00–2,000.00 PLN");

        await shell.OpenMenuEntryAsync("Gift cards", CertificatesPage.Path);
        var cards = new CertificatesPage(page);
        await shell.WaitUntilLoadedAsync();
        await cards.OpenBatchFormAsync();
        await Expect(cards.Channel("By a sales rep")).ToBeCheckedAsync();
        await cards.ChooseSeriesAsync(seriesName);
        await cards.CountBox.FillAsync("60000");
        await cards.ValueOfEachBox.FillAsync("5");
        await cards.IssueCardsButton.ClickAsync();
        await Expect(cards.Dialog.GetByText("A batch has 1 to 50,000 cards.")).ToBeVisibleAsync();
        await Expect(cards.Dialog.GetByText("Choose a value from 20.00 to 2,000.00 PLN.")).ToBeVisibleAsync();
        await Expect(cards.Dialog.GetByText("Give the batch a reference, for example the company's order number.")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "owner-batch-form-errors");
        await cards.CountBox.FillAsync("250");
        await cards.ValueOfEachBox.FillAsync("150");
        await cards.BatchReferenceBox.FillAsync("ZAM/2026/117");
        await Expect(cards.Dialog.GetByRole(AriaRole.Checkbox, new() { Name = "Paid: activate the cards now" })).Not.ToBeCheckedAsync();
        await Screenshots.SaveAsync(page, "owner-batch-form");
        await cards.IssueCardsButton.ClickAsync();

        await Expect(cards.Notice("Batch issued")).ToContainTextAsync($"250 cards of \"{seriesName}\" with the reference ZAM/2026/117, waiting for payment.");
        await Expect(cards.Dialog).ToHaveCountAsync(0);
        await shell.WaitUntilLoadedAsync();
        var newest = cards.Grid.GetByRole(AriaRole.Row).Filter(new() { HasText = seriesName });
        await Expect(newest.First).ToContainTextAsync("Not activated");
        await Expect(newest.First).ToContainTextAsync("150.00 PLN");
        await Screenshots.SaveAsync(page, "owner-batch-issued");

        // From any card of the batch, the whole batch prints as one PDF, a card per page.
        await newest.First.GetByRole(AriaRole.Link).First.ClickAsync();
        await Expect(page).ToHaveURLAsync(CertificatePage.Address());
        var batchLink = page.GetByRole(AriaRole.Link, new() { Name = "print the whole batch (PDF)" });
        var printed = await page.APIRequest.GetAsync(await batchLink.GetAttributeAsync("href") ?? "");
        Assert.Equal(200, printed.Status);
        var pdf = await printed.BodyAsync();
        Assert.Equal(250, PdfText.PageCount(pdf));
        Assert.Contains(seriesName, PdfText.ExtractPages(pdf)[249], StringComparison.Ordinal);

        // The company paid: one click activates the whole batch.
        var card = new CertificatePage(page);
        await Expect(card.Status).ToContainTextAsync("Not activated");
        await page.GetByRole(AriaRole.Button, new() { Name = "Activate the whole batch (paid)" }).ClickAsync();
        await Expect(card.Confirmation).ToContainTextAsync("Every card of the batch ZAM/2026/117 that is not activated yet");
        await card.Confirmation.GetByRole(AriaRole.Button, new() { Name = "Activate the batch" }).ClickAsync();
        await Expect(cards.Notice("Batch activated")).ToContainTextAsync("250 cards of the batch ZAM/2026/117 are active.");
        await Expect(card.Status).ToContainTextAsync("Active");
        await Expect(card.Balance).ToContainTextAsync("150.00 PLN");
        await Screenshots.SaveAsync(page, "owner-batch-activated");
        Assert.Empty(session.BrowserErrors);
    }

    [Fact]
    public async Task A_store_card_is_printed_checked_on_the_site_spent_on_an_order_and_refunded_when_the_order_returns()
    {
        await using var session = await app.OpenSessionAsync();
        var page = session.Page;
        var shell = await DemoLogin.AsAsync(page, Roles.Accountant);

        // The cashier sells a 100 zł card in the store and prints it.
        await shell.OpenMenuEntryAsync("Gift cards", CertificatesPage.Path);
        var cards = new CertificatesPage(page);
        await shell.WaitUntilLoadedAsync();
        await cards.OpenSaleFormAsync();
        await cards.ChooseSeriesAsync("Karta podarunkowa 100 zł");
        await Expect(cards.Channel("In the store")).ToBeCheckedAsync();
        await cards.RecipientNameBox.FillAsync("Marek Żak");
        await cards.SellCardButton.ClickAsync();
        await Expect(page).ToHaveURLAsync(CertificatePage.Address());
        var card = new CertificatePage(page);
        await Expect(card.Balance).ToContainTextAsync("100.00 PLN");
        var code = (await card.Code.InnerTextAsync()).Trim();

        var printed = await page.APIRequest.GetAsync(await card.PrintLink.GetAttributeAsync("href") ?? "");
        Assert.Equal(200, printed.Status);
        Assert.Equal("application/pdf", printed.Headers["content-type"]);
        var cardText = PdfText.Extract(await printed.BodyAsync());
        Assert.Contains(code, cardText, StringComparison.Ordinal);
        Assert.Contains("for Marek Żak", cardText, StringComparison.Ordinal);

        // The customer checks the balance on the site, typing the code the way people do.
        using var site = await app.SiteClientAsync(CertificatePermissions.SiteCheckBalance);
        var balance = await site.GetFromJsonAsync<JsonElement>($"/api/v1/certificates/{code.Replace("-", " ", StringComparison.Ordinal).ToLowerInvariant()}");
        Assert.Equal(100m, balance.GetProperty("balance").GetDecimal());
        Assert.Equal("Active", balance.GetProperty("status").GetString());

        // Pays 45.50 of an order with it (the redemption service that Orders calls), then returns the order.
        var redemption = app.Services.GetRequiredService<ICertificateRedemption>();
        Assert.True((await redemption.ReserveAsync(code, "WEB-10045", 4550, SalesChannel.Online)).Succeeded);
        Assert.True((await redemption.CommitAsync(code, "WEB-10045")).Succeeded);
        balance = await site.GetFromJsonAsync<JsonElement>($"/api/v1/certificates/{code}");
        Assert.Equal(54.50m, balance.GetProperty("balance").GetDecimal());

        await page.ReloadAsync();
        await shell.WaitUntilLoadedAsync();
        await Expect(card.Status).ToContainTextAsync("Partly used");
        await Expect(card.LedgerRows.Filter(new() { HasText = "Paid for an order" })).ToContainTextAsync("WEB-10045");
        await Screenshots.SaveAsync(page, "accountant-card-spent-on-order");

        Assert.True((await redemption.RefundAsync(code, "WEB-10045")).Succeeded);
        balance = await site.GetFromJsonAsync<JsonElement>($"/api/v1/certificates/{code}");
        Assert.Equal(100m, balance.GetProperty("balance").GetDecimal());

        await page.ReloadAsync();
        await shell.WaitUntilLoadedAsync();
        await Expect(card.Balance).ToContainTextAsync("100.00 PLN");
        await Expect(card.Status).ToContainTextAsync("Active");
        var refund = card.LedgerRows.Filter(new() { HasText = "Order returned" });
        await Expect(refund).ToContainTextAsync("+45.50 PLN");
        await Expect(refund).ToContainTextAsync("WEB-10045");
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Orders paid with this card" })).ToContainTextAsync("Refunded (order returned)");
        await Screenshots.SaveAsync(page, "accountant-card-refunded");
        Assert.Empty(session.BrowserErrors);
    }

    [Fact]
    public async Task An_order_manager_sees_codes_masked_but_opens_a_card_by_the_code_the_customer_gives()
    {
        var code = await SoldCardCodeAsync("Karta podarunkowa 100 zł");
        var masked = "••••-••••-••••-" + code[^4..];
        await using var session = await app.OpenSessionAsync();
        var page = session.Page;
        var shell = await DemoLogin.AsAsync(page, Roles.OrderManager);

        await shell.OpenMenuEntryAsync("Gift cards", CertificatesPage.Path);
        var cards = new CertificatesPage(page);
        await shell.WaitUntilLoadedAsync();
        await Expect(cards.RowFor(masked).First).ToBeVisibleAsync();
        await Expect(cards.Grid).Not.ToContainTextAsync(code);
        await Screenshots.SaveAsync(page, "order-manager-gift-cards-masked");

        await cards.CodeBox.FillAsync(code.ToLowerInvariant());
        await cards.OpenCodeButton.ClickAsync();
        await Expect(page).ToHaveURLAsync(CertificatePage.Address());
        var card = new CertificatePage(page);
        await shell.WaitUntilLoadedAsync();
        await Expect(card.Code).ToHaveTextAsync(masked);
        await Expect(card.Balance).ToContainTextAsync("100.00 PLN");
        await Expect(card.PrintLink).ToHaveCountAsync(0);
        Assert.DoesNotContain(code, await page.ContentAsync(), StringComparison.Ordinal);
        await Screenshots.SaveAsync(page, "order-manager-gift-card-masked");
        Assert.Empty(session.BrowserErrors);
    }

    private async Task<string> SoldCardCodeAsync(string seriesName)
    {
        var contexts = app.Services.GetRequiredService<IDbContextFactory<ShopDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        var seriesId = await db.Set<CertificateSeries>().Where(s => s.Name == seriesName).Select(s => s.Id).SingleAsync();
        var sold = await app.Services.GetRequiredService<CertificateService>().SellAsync(new SaleRequest(seriesId, SalesChannel.Store));
        Assert.True(sold.Succeeded, sold.Error?.Message);
        return sold.Value!.Code;
    }

    private static DateTime ShopToday() => TimeZoneInfo.ConvertTimeBySystemTimeZoneId(DateTime.UtcNow, "Europe/Warsaw").Date;

    private static string Pln(decimal amount) => string.Create(ShopCulture, $"{amount:N2} PLN");

    private static async Task<decimal> OwedAsync(IPage page, ShellPage shell)
    {
        await shell.OpenMenuEntryAsync("Reports", CertificateReportsPage.Path);
        var reports = new CertificateReportsPage(page);
        await Expect(reports.Liability).ToContainTextAsync(" PLN");
        var text = await reports.Liability.GetByText(" PLN").First.InnerTextAsync();
        return decimal.Parse(text.Replace("PLN", "", StringComparison.Ordinal).Trim(), NumberStyles.Number, ShopCulture);
    }
}
