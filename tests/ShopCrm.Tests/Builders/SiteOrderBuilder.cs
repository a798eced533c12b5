using System.Collections.Immutable;
using ShopCrm.Orders.Api;

namespace ShopCrm.Tests.Builders;

// An order as the e-shop sends it to /api/v1/orders: a customer with a fresh tag (so no two orders of a
// test meet the same client), delivery by courier to Kraków, paid by transfer unless told otherwise.
public sealed record SiteOrderBuilder
{
    private string? SiteOrderId { get; init; }

    private bool Guest { get; init; }

    private string Phone { get; init; } = "+48 600 100 200";

    private string? CertificateCode { get; init; }

    private string PaymentMethod { get; init; } = "BankTransfer";

    private ImmutableList<SiteOrderLineDto> Lines { get; init; } = [];

    public SiteOrderBuilder WithId(string siteOrderId) => this with { SiteOrderId = siteOrderId };

    public SiteOrderBuilder AsGuest(bool guest = true) => this with { Guest = guest };

    public SiteOrderBuilder WithPhone(string phone) => this with { Phone = phone };

    public SiteOrderBuilder PayingBy(string paymentMethod) => this with { PaymentMethod = paymentMethod };

    public SiteOrderBuilder PaidWithGiftCard(string code) => this with { CertificateCode = code };

    public SiteOrderBuilder WithLine(string sku, int quantity = 1) => this with { Lines = Lines.Add(new SiteOrderLineDto(sku, quantity)) };

    public SiteOrderDto Build()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        return new SiteOrderDto(
            SiteOrderId ?? "WWW-" + tag,
            new SiteCustomerDto("site-" + tag, "Ewa", "Nowak", null, null, $"ewa.{tag}@example.pl", Phone, null),
            Guest,
            PaymentMethod,
            "Courier",
            null,
            new SiteAddressDto("ul. Wiślana 3", "31-007", "Kraków", "PL"),
            null,
            Lines)
        {
            CertificateCode = CertificateCode,
        };
    }
}
