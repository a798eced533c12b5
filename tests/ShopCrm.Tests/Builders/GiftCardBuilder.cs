using Microsoft.Extensions.DependencyInjection;
using ShopCrm.Certificates.Contracts;
using ShopCrm.Certificates.Domain;
using ShopCrm.Certificates.Services;

namespace ShopCrm.Tests.Builders;

// A gift card (a Certificate in the code) sold through CertificateService, of a series of its own
// unless one is given.
public sealed record GiftCardBuilder(IServiceProvider Services)
{
    private GiftCardSeriesBuilder Series { get; init; } = new(Services);

    private CertificateSeries? ExistingSeries { get; init; }

    private SalesChannel SoldIn { get; init; } = SalesChannel.Store;

    public GiftCardBuilder Worth(long faceValueMinor) => this with { Series = Series.Worth(faceValueMinor) };

    public GiftCardBuilder SingleUse() => this with { Series = Series.SingleUse() };

    public GiftCardBuilder UsableOnlyIn(SalesChannel channel) => this with { Series = Series.UsableOnlyIn(channel) };

    public GiftCardBuilder OfSeriesNamed(string prefix) => this with { Series = Series.NamedStartingWith(prefix) };

    public GiftCardBuilder Of(CertificateSeries series) => this with { ExistingSeries = series };

    public GiftCardBuilder SoldThrough(SalesChannel channel) => this with { SoldIn = channel };

    public async Task<Certificate> BuildAsync()
    {
        var series = ExistingSeries ?? await Series.BuildAsync();
        var sold = await Services.GetRequiredService<CertificateService>().SellAsync(new SaleRequest(series.Id, SoldIn));
        Assert.True(sold.Succeeded, sold.Error?.Message);
        return sold.Value!;
    }
}
