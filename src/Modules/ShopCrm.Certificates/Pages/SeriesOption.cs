using ShopCrm.Certificates.Contracts;
using ShopCrm.Certificates.Domain;

namespace ShopCrm.Certificates.Pages;

// A series as the sale and batch forms offer it.
public sealed record SeriesOption(int Id, string Name, long? FaceValueMinor, long MinValueMinor, long MaxValueMinor, string Currency)
{
    public string Label => FaceValueMinor is { } face
        ? $"{Name} · {CertificateText.Amount(face, Currency)}"
        : $"{Name} · value chosen at sale";

    public string RangeText => $"{CertificateText.ToMajor(MinValueMinor):N2} to {CertificateText.ToMajor(MaxValueMinor):N2} {Currency}";

    public bool Allows(decimal? value) =>
        value is { } v && CertificateText.ToMinor(v) >= MinValueMinor && CertificateText.ToMinor(v) <= MaxValueMinor;

    public static IQueryable<SeriesOption> SoldIn(IQueryable<CertificateSeries> series, SalesChannel channel) =>
        series.Where(s => s.IsActive && s.SoldIn.HasFlag(channel))
            .OrderBy(s => s.Name)
            .Select(s => new SeriesOption(s.Id, s.Name, s.FaceValueMinor, s.MinValueMinor, s.MaxValueMinor, s.Currency));
}
