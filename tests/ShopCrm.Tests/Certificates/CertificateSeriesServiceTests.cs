using Microsoft.EntityFrameworkCore;
using ShopCrm.Certificates.Contracts;
using ShopCrm.Certificates.Domain;
using ShopCrm.Certificates.Services;
using ShopCrm.Core.Data;
using ShopCrm.Tests.Infrastructure;

namespace ShopCrm.Tests.Certificates;

public sealed class CertificateSeriesServiceTests
{
    private static CertificateSeries Birthday(string name = "Karta urodzinowa 200 zł") => new()
    {
        Name = name,
        FaceValueMinor = 20000,
        ValidityMonths = 12,
        SoldIn = SalesChannel.Store | SalesChannel.Phone,
        Conditions = "Do wykorzystania w sklepie stacjonarnym.",
    };

    private static CertificateSeries Copy(CertificateSeries s) => new()
    {
        Id = s.Id,
        Name = s.Name,
        FaceValueMinor = s.FaceValueMinor,
        MinValueMinor = s.MinValueMinor,
        MaxValueMinor = s.MaxValueMinor,
        Currency = s.Currency,
        ValidityMonths = s.ValidityMonths,
        AllowPartialUse = s.AllowPartialUse,
        SoldIn = s.SoldIn,
        UsableIn = s.UsableIn,
        IsActive = s.IsActive,
        Conditions = s.Conditions,
    };

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_second_series_with_the_same_name_is_refused_with_a_duplicate_name_error(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        var series = host.Get<CertificateSeriesService>();
        Assert.True((await series.CreateAsync(Birthday())).Succeeded);

        var again = await series.CreateAsync(Birthday("  karta urodzinowa 200 zł "));
        var other = await series.CreateAsync(Birthday("Karta świąteczna"));
        var renamed = await series.UpdateAsync(Copy(other.Value!), Birthday("Karta urodzinowa 200 zł"));

        Assert.Equal("duplicate-name", again.Error?.Code);
        Assert.Equal("duplicate-name", renamed.Error?.Code);
        await using var db = await host.NewContextAsync();
        Assert.Equal(2, await db.Set<CertificateSeries>().CountAsync());
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Of_two_people_editing_the_same_series_the_second_gets_a_conflict_and_nothing_is_overwritten(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        var service = host.Get<CertificateSeriesService>();
        var created = (await service.CreateAsync(Birthday())).Value!;
        var seenByAnna = Copy(created);
        var seenByPiotr = Copy(created);

        var annaChange = Copy(seenByAnna);
        annaChange.ValidityMonths = 24;
        var piotrChange = Copy(seenByPiotr);
        piotrChange.FaceValueMinor = 25000;
        var anna = await service.UpdateAsync(seenByAnna, annaChange);
        var piotr = await service.UpdateAsync(seenByPiotr, piotrChange);

        Assert.True(anna.Succeeded);
        Assert.Equal(CertificateSeriesService.Conflict, piotr.Error);
        await using var db = await host.NewContextAsync();
        var stored = await db.Set<CertificateSeries>().AsNoTracking().SingleAsync();
        Assert.Equal((24, 20000L), (stored.ValidityMonths, stored.FaceValueMinor!.Value));
    }

    [Fact]
    public async Task A_series_without_a_channel_or_with_a_value_range_upside_down_is_refused()
    {
        await using var host = await CoreHost.StartAsync(DatabaseProvider.Sqlite);
        var service = host.Get<CertificateSeriesService>();
        var noChannel = Birthday();
        noChannel.SoldIn = SalesChannel.None;
        var upsideDown = Birthday("Karta dowolna");
        upsideDown.FaceValueMinor = null;
        upsideDown.MinValueMinor = 50000;
        upsideDown.MaxValueMinor = 10000;

        Assert.Equal("Choose at least one channel where the card is sold.", (await service.CreateAsync(noChannel)).Error?.Message);
        Assert.Equal("The highest value cannot be lower than the lowest.", (await service.CreateAsync(upsideDown)).Error?.Message);
    }
}
