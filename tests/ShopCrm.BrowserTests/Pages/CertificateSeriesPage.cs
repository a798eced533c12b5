namespace ShopCrm.BrowserTests.Pages;

public sealed class CertificateSeriesPage(IPage page)
{
    public const string Path = "/certificates/series";

    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "Card series", Level = 1 });

    public ILocator AddButton => page.GetByRole(AriaRole.Button, new() { Name = "Add series" });

    public ILocator Dialog => page.GetByRole(AriaRole.Dialog);

    public ILocator NameBox => Dialog.GetByLabel("Name", new() { Exact = true });

    public ILocator FixedValue => Dialog.GetByRole(AriaRole.Radio, new() { Name = "Fixed value" });

    public ILocator ChosenAtSale => Dialog.GetByRole(AriaRole.Radio, new() { Name = "Chosen at sale" });

    public ILocator CardValueBox => Dialog.GetByLabel("Card value (PLN)");

    public ILocator SaveButton => Dialog.GetByRole(AriaRole.Button, new() { Name = "Save series" });

    public ILocator Grid => page.GetByRole(AriaRole.Grid);

    public ILocator RowFor(string name) => Grid.GetByRole(AriaRole.Row).Filter(new() { HasText = name });

    public async Task OpenNewSeriesFormAsync()
    {
        await AddButton.ClickAsync();
        await Expect(NameBox).ToBeVisibleAsync();
    }

    public async Task FillFixedValueSeriesAsync(string name, decimal value)
    {
        await NameBox.FillAsync(name);
        await ChooseAsync(FixedValue);
        await CardValueBox.FillAsync(value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    // The radio changes when the circuit answers, not at once as Playwright's CheckAsync expects.
    public async Task ChooseAsync(ILocator radio)
    {
        await radio.ClickAsync();
        await Expect(radio).ToBeCheckedAsync();
    }

    public async Task SaveAsync() => await SaveButton.ClickAsync();
}
