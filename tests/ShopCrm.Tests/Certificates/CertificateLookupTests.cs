using System.Security.Claims;
using ShopCrm.Certificates.Contracts;
using ShopCrm.Certificates.Domain;
using ShopCrm.Certificates.Services;
using ShopCrm.Core.Auditing;
using ShopCrm.Core.Security;
using ShopCrm.Core.Data;
using ShopCrm.Core.Results;
using ShopCrm.Tests.Infrastructure;
using static ShopCrm.Tests.Builders.Build;

namespace ShopCrm.Tests.Certificates;

// Staff find a card by the code a customer gives them; the same look-up is how codes would be guessed.
public sealed class CertificateLookupTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_typed_code_finds_its_card_and_wrong_codes_stop_after_twenty_a_minute(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        var series = await AGiftCardSeries(host.Services).Worth(5000).BuildAsync();
        var card = (await host.Get<CertificateService>().SellAsync(new SaleRequest(series.Id, SalesChannel.Store))).Value!;
        var lookup = host.Get<CertificateLookup>();
        CurrentUser.CircuitUser = Staff("u-orders");
        try
        {
            var found = new List<Result<long>>();
            for (var i = 0; i < 3; i++)
            {
                found.Add(await lookup.FindAsync(card.Code.Replace("-", " ", StringComparison.Ordinal).ToLowerInvariant()));
            }

            var wrong = new List<Result<long>>();
            for (var guess = 0; guess < 20; guess++)
            {
                wrong.Add(await lookup.FindAsync(CertificateCode.New()));
            }

            var refused = await lookup.FindAsync(card.Code);

            Assert.All(found, f => Assert.Equal(card.Id, f.Value));
            Assert.All(wrong, w => Assert.StartsWith("There is no gift card", w.Error?.Message));
            Assert.False(refused.Succeeded);
            Assert.StartsWith("Too many gift card codes tried.", refused.Error?.Message);
            CurrentUser.CircuitUser = Staff("u-colleague");
            Assert.Equal(card.Id, (await lookup.FindAsync(card.Code)).Value);
            Assert.Equal(CertificateLookup.NotACode, (await lookup.FindAsync("ABCD")).Error?.Message);
        }
        finally
        {
            CurrentUser.CircuitUser = null;
        }
    }

    private static ClaimsPrincipal Staff(string id) => new(new ClaimsIdentity(
        [new Claim(ClaimTypes.Name, id + "@sklep.pl"), new Claim(ClaimTypes.NameIdentifier, id), new Claim(ClaimTypes.Role, Roles.OrderManager)], "Test"));
}
