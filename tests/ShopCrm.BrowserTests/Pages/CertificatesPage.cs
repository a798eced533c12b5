namespace ShopCrm.BrowserTests.Pages;

public sealed class CertificatesPage(IPage page)
{
    public const string Path = "/certificates";

    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "Gift cards", Level = 1 });

    public ILocator SellButton => page.GetByRole(AriaRole.Button, new() { Name = "Sell a card" });

    public ILocator IssueBatchButton => page.GetByRole(AriaRole.Button, new() { Name = "Issue a batch" });

    public ILocator Grid => page.GetByRole(AriaRole.Grid);

    public ILocator CodeBox => page.GetByLabel("Card code");

    public ILocator CodeError => page.GetByRole(AriaRole.Search).GetByRole(AriaRole.Alert);

    public ILocator OpenCodeButton => page.GetByRole(AriaRole.Button, new() { Name = "Open card" });

    public ILocator RowFor(string code) => Grid.GetByRole(AriaRole.Row).Filter(new() { HasText = code });

    public ILocator Dialog => page.GetByRole(AriaRole.Dialog);

    public ILocator Channel(string text) => Dialog.GetByRole(AriaRole.Radio, new() { Name = text, Exact = true });

    public ILocator SeriesBox => Dialog.GetByRole(AriaRole.Combobox);

    public ILocator SeriesOption(string seriesName) => page.GetByRole(AriaRole.Option).Filter(new() { HasText = seriesName });

    public ILocator BuyerNameBox => Dialog.GetByLabel("Buyer's name");

    public ILocator RecipientNameBox => Dialog.GetByLabel("Recipient's name");

    public ILocator RecipientEmailBox => Dialog.GetByLabel("Recipient's e-mail");

    public ILocator MessageBox => Dialog.GetByLabel("Personal message (printed on the card)");

    public ILocator Paid => Dialog.GetByRole(AriaRole.Checkbox, new() { Name = "Paid: activate the card now" });

    public ILocator CountBox => Dialog.GetByLabel("Number of cards");

    public ILocator ValueOfEachBox => Dialog.GetByLabel("Value of each card (PLN)");

    public ILocator BatchReferenceBox => Dialog.GetByLabel("Batch reference (order or promotion)");

    public ILocator IssueCardsButton => Dialog.GetByRole(AriaRole.Button, new() { Name = "Issue cards" });

    // Radzen's notifications are a polite live region without a role.
    public ILocator Notice(string title) => page.Locator("[aria-live=polite] .rz-notification-message").Filter(new() { HasText = title });

    public ILocator SellCardButton => Dialog.GetByRole(AriaRole.Button, new() { Name = "Sell card" });

    public async Task OpenSaleFormAsync()
    {
        await SellButton.ClickAsync();
        await Expect(SellCardButton).ToBeVisibleAsync();
    }

    public async Task OpenBatchFormAsync()
    {
        await IssueBatchButton.ClickAsync();
        await Expect(IssueCardsButton).ToBeVisibleAsync();
    }

    public async Task ChooseSeriesAsync(string seriesName)
    {
        await SeriesBox.ClickAsync();
        await SeriesOption(seriesName).ClickAsync();
        await Expect(SeriesBox).ToContainTextAsync(seriesName);
    }
}
