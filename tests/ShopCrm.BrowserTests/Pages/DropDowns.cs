namespace ShopCrm.BrowserTests.Pages;

// A drop-down named by aria-label on the component carries the name on the box itself; one named through
// InputAttributes carries it on its hidden input, and the box is labelled by the current value ("Empty").
// The option is then picked from the list it opens (typed into its filter when it has one).
public static class DropDowns
{
    public static async Task PickAsync(IPage page, string field, string option)
    {
        var box = page.GetByRole(AriaRole.Combobox, new() { Name = field, Exact = true })
            .Or(page.GetByRole(AriaRole.Combobox).Filter(new() { Has = page.Locator($"input[aria-label='{field}']") }));
        await box.ClickAsync();
        var filter = page.Locator(".rz-dropdown-filter:visible, .rz-multiselect-filter-container input:visible");
        if (await filter.CountAsync() > 0)
        {
            await filter.First.FillAsync(option);
        }

        await page.GetByRole(AriaRole.Option, new() { Name = option, Exact = true }).ClickAsync();
        await page.Keyboard.PressAsync("Escape");
    }
}
