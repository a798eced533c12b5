using Microsoft.EntityFrameworkCore;
using ShopCrm.Certificates.Contracts;
using ShopCrm.Certificates.Domain;
using ShopCrm.Certificates.Services;
using ShopCrm.Tests.Certificates;
using ShopCrm.Tests.Infrastructure;

namespace ShopCrm.Tests.Orders;

public static class OrderTestData
{
    public static async Task<Certificate> GiftCardAsync(CoreHost host, long faceValueMinor)
    {
        var series = await CertificateTestData.SeriesAsync(host, faceValueMinor);
        var sold = await host.Get<CertificateService>().SellAsync(new SaleRequest(series.Id, SalesChannel.Store));
        Assert.True(sold.Succeeded, sold.Error?.Message);
        return sold.Value!;
    }

    public static async Task<long> BalanceAsync(CoreHost host, long certificateId)
    {
        await using var db = await host.NewContextAsync();
        return await db.Set<Certificate>().Where(c => c.Id == certificateId).Select(c => c.BalanceMinor).SingleAsync();
    }
}
