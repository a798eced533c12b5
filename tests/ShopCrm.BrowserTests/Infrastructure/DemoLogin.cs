using ShopCrm.BrowserTests.Pages;
using ShopCrm.Web.Demo;

namespace ShopCrm.BrowserTests.Infrastructure;

public static class DemoLogin
{
    public static string EmailOf(string role) => DemoAccounts.All.Single(a => a.Role == role).Email;

    public static async Task<ShellPage> AsAsync(IPage page, string role)
    {
        var login = await new LoginPage(page).OpenAsync();
        return await login.LogInAsync(EmailOf(role), DemoAccounts.Password);
    }
}
