using System.Security.Claims;
using ShopCrm.Certificates.Contracts;
using ShopCrm.Certificates.Services;
using ShopCrm.Core.Auditing;
using ShopCrm.Core.Security;
using ShopCrm.Orders.Domain;
using ShopCrm.Orders.Services;
using ShopCrm.Core.Data;
using ShopCrm.Tests.Infrastructure;
using static ShopCrm.Tests.Builders.Build;

namespace ShopCrm.Tests.Orders;

// The order card takes a code typed by staff; it is a look-up by code like any other and shares its limits.
public sealed class OrderCertificateGuessTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Staff_typing_wrong_codes_on_an_order_are_stopped_after_twenty_a_minute(DatabaseProvider provider)
    {
        await using var shop = await OrderFixture.StartAsync(provider);
        var card = await AGiftCard(shop.Host.Services).Worth(5000).BuildAsync();
        var placed = await shop.PlaceAsync(shop.Draft(new OrderLineDraft(shop.Reel.Id, 1)));
        await shop.Host.Get<PermissionStore>().ApplyDefaultGrantsAsync(shop.UtcNow);
        CurrentUser.CircuitUser = Staff("u-orders");
        try
        {
            var wrong = new List<string>();
            for (var guess = 0; guess < 20; guess++)
            {
                wrong.Add((await shop.Orders.ApplyCertificateAsync(placed.Id, placed.Version, CertificateCode.New())).Error!.Message);
            }

            var refused = await shop.Orders.ApplyCertificateAsync(placed.Id, placed.Version, card.Code);

            Assert.All(wrong, message => Assert.Equal(CertificateError.NotFound.Message, message));
            Assert.StartsWith("Too many gift card codes tried.", refused.Error!.Fields![nameof(Order.CertificateCode)]);
            var order = await shop.LoadAsync(placed.Id);
            Assert.Null(order.CertificateCode);
            Assert.Equal(5000, await shop.BalanceAsync(card.Id));

            CurrentUser.CircuitUser = Staff("u-colleague");
            var applied = await shop.Orders.ApplyCertificateAsync(placed.Id, placed.Version, card.Code);
            Assert.True(applied.Succeeded, applied.Error?.Message);
        }
        finally
        {
            CurrentUser.CircuitUser = null;
        }
    }

    private static ClaimsPrincipal Staff(string id) => new(new ClaimsIdentity(
        [new Claim(ClaimTypes.Name, id + "@sklep.pl"), new Claim(ClaimTypes.NameIdentifier, id), new Claim(ClaimTypes.Role, Roles.OrderManager)], "Test"));
}
