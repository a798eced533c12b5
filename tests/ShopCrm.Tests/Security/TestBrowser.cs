using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using ShopCrm.Tests.Infrastructure;

namespace ShopCrm.Tests.Security;

// What a browser keeps between requests: its cookies and its connection address.
public sealed class TestBrowser
{
    public TestBrowser(WebApplicationFactory<Program> web, string address, Uri baseAddress)
    {
        Address = address;
        Cookies = new System.Net.CookieContainer();
        Http = web.CreateDefaultClient(baseAddress, new CookieContainerHandler(Cookies));
        Http.DefaultRequestHeaders.Add(ClientAddressStartupFilter.Header, address);
        BaseAddress = baseAddress;
    }

    public string Address { get; }

    public System.Net.CookieContainer Cookies { get; }

    public HttpClient Http { get; }

    public Uri BaseAddress { get; }

    public string? AuthCookie => Cookies.GetCookies(BaseAddress)["ShopCrm.Auth"]?.Value;

    public async Task<HttpResponseMessage> LogInAsync(string email, string password)
    {
        var token = AntiforgeryField.TokenIn(await Http.GetStringAsync("/account/login"));
        return await Http.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = token,
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        }));
    }
}
