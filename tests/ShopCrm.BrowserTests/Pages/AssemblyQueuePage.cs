namespace ShopCrm.BrowserTests.Pages;

// The warehouse's queue of orders to pick, pack and ship: /orders/assembly.
public sealed class AssemblyQueuePage(IPage page)
{
    public const string Path = "/orders/assembly";

    public ILocator Grid => page.GetByRole(AriaRole.Grid);

    public ILocator RowFor(string number) => Grid.GetByRole(AriaRole.Row).Filter(new() { HasText = number });

    public ILocator Button(string name) => page.GetByRole(AriaRole.Button, new() { Name = name, Exact = true });

    public ILocator CarrierOf(string number) => page.GetByLabel("Carrier of " + number);

    public ILocator TrackingOf(string number) => page.GetByLabel("Tracking number of " + number);

    // As a scanner does: the number, then Enter.
    public async Task FindAsync(string number)
    {
        await page.GetByLabel("Find an order number").FillAsync(number);
        await page.GetByLabel("Find an order number").PressAsync("Enter");
        await Expect(RowFor(number)).ToBeVisibleAsync();
    }

    public ILocator Option(string name) => page.GetByRole(AriaRole.Option, new() { Name = name, Exact = true });
}
