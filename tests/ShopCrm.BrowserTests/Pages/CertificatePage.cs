using System.Text.RegularExpressions;

namespace ShopCrm.BrowserTests.Pages;

// One gift card: /certificates/{id}.
public sealed partial class CertificatePage(IPage page)
{
    public ILocator Code => page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    public ILocator Status => page.GetByRole(AriaRole.Group, new() { Name = "Status", Exact = true });

    public ILocator Balance => page.GetByRole(AriaRole.Group, new() { Name = "Balance", Exact = true });

    public ILocator Ledger => page.GetByRole(AriaRole.Region, new() { Name = "Ledger" }).GetByRole(AriaRole.Grid);

    public ILocator LedgerRows => Ledger.GetByRole(AriaRole.Row);

    public ILocator BlockButton => page.GetByRole(AriaRole.Button, new() { Name = "Block", Exact = true });

    public ILocator UnblockButton => page.GetByRole(AriaRole.Button, new() { Name = "Unblock", Exact = true });

    public ILocator CorrectBalanceButton => page.GetByRole(AriaRole.Button, new() { Name = "Correct balance" });

    public ILocator AmountBox => Dialog.GetByLabel("Amount to add or take off (PLN)");

    public ILocator PrintLink => page.GetByRole(AriaRole.Link, new() { Name = "Print card (PDF)" });

    public ILocator BlockedNotice => page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "This card is blocked" });

    public ILocator Dialog => page.GetByRole(AriaRole.Dialog);

    public ILocator Confirmation => page.GetByRole(AriaRole.Alertdialog);

    public ILocator ReasonBox => Dialog.GetByLabel("Reason", new() { Exact = true });

    public ILocator Message => page.GetByRole(AriaRole.Figure);

    public async Task BlockAsync(string reason)
    {
        await BlockButton.ClickAsync();
        await ReasonBox.FillAsync(reason);
        await Dialog.GetByRole(AriaRole.Button, new() { Name = "Block card" }).ClickAsync();
        await Expect(Dialog).ToHaveCountAsync(0);
    }

    public async Task CorrectBalanceAsync(decimal amount, string reason)
    {
        await CorrectBalanceButton.ClickAsync();
        await AmountBox.FillAsync(amount.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await ReasonBox.FillAsync(reason);
        await Dialog.GetByRole(AriaRole.Button, new() { Name = "Correct balance" }).ClickAsync();
    }

    // Unblocking asks for confirmation first.
    public async Task UnblockAsync()
    {
        await UnblockButton.ClickAsync();
        await Confirmation.GetByRole(AriaRole.Button, new() { Name = "Unblock" }).ClickAsync();
        await Expect(Confirmation).ToHaveCountAsync(0);
    }

    [GeneratedRegex(@"/certificates/(?<id>\d+)$")]
    public static partial Regex Address();
}
