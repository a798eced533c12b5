using System.Net;
using Microsoft.Extensions.DependencyInjection;
using ShopCrm.Core.Email;

namespace ShopCrm.Tests.Core.Email;

public sealed class EmailTemplateRendererTests
{
    [Fact]
    public async Task Renders_a_template_inside_the_layout_with_its_parameters()
    {
        var html = await RenderAsync(new Dictionary<string, object?>
        {
            [nameof(TestEmail.ShopName)] = "Sklep Żółw",
            [nameof(TestEmail.CustomerName)] = "Zażółć Gęślą Jaźń",
            [nameof(TestEmail.OrderNumber)] = "ZAM/2025/0042",
            [nameof(TestEmail.Lines)] = new[] { "Łódka × 2", "Матрёшка × 1" },
            [nameof(TestEmail.OrderUrl)] = "https://sklep.example/zamowienia/42?a=1&b=2",
            [nameof(TestEmail.FooterText)] = "Sklep Żółw, ul. Długa 1, Gdańsk",
        });

        Assert.StartsWith("<!DOCTYPE html>", html.TrimStart(), StringComparison.OrdinalIgnoreCase);
        var text = WebUtility.HtmlDecode(html);
        Assert.Contains("<title>Zamówienie ZAM/2025/0042</title>", text);
        Assert.Matches(@">\s*Sklep Żółw\s*</td>", text);
        Assert.Contains("Dzień dobry, Zażółć Gęślą Jaźń!", text);
        Assert.Contains("<strong>ZAM/2025/0042</strong>", text);
        Assert.Contains("<li>Łódka × 2</li>", text);
        Assert.Contains("<li>Матрёшка × 1</li>", text);
        Assert.Contains("href=\"https://sklep.example/zamowienia/42?a=1&b=2\"", text);
        Assert.Contains("Sklep Żółw, ul. Długa 1, Gdańsk", text);
    }

    [Fact]
    public async Task Encodes_values_so_customer_input_cannot_inject_markup()
    {
        var html = await RenderAsync(new Dictionary<string, object?>
        {
            [nameof(TestEmail.ShopName)] = "Sklep",
            [nameof(TestEmail.CustomerName)] = "<script>alert(1)</script>",
            [nameof(TestEmail.OrderNumber)] = "1",
        });

        Assert.DoesNotContain("<script>", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
    }

    [Fact]
    public async Task Leaves_out_the_footer_row_when_there_is_no_footer_text()
    {
        var html = await RenderAsync(new Dictionary<string, object?>
        {
            [nameof(TestEmail.ShopName)] = "Sklep",
            [nameof(TestEmail.CustomerName)] = "Ala",
            [nameof(TestEmail.OrderNumber)] = "1",
        });

        Assert.DoesNotContain("border-top", html);
    }

    private static async Task<string> RenderAsync(IDictionary<string, object?> parameters)
    {
        await using var provider = EmailTestServices.Build([]);
        await using var scope = provider.CreateAsyncScope();
        var renderer = scope.ServiceProvider.GetRequiredService<EmailTemplateRenderer>();
        return await renderer.RenderAsync<TestEmail>(parameters);
    }
}
