using System.Globalization;
using ShopCrm.Clients.Contracts;
using ShopCrm.Clients.Domain;

namespace ShopCrm.Clients.Services;

// The fields whose site and staff changes are tracked one by one (ClientSiteField). Writing one keeps the
// columns derived from it (normalized e-mail, region, birth month) right; the display name is set after.
public static class ClientFields
{
    public static readonly ClientField Email = new(
        "Email", "E-mail", c => c.Email, (c, v) => (c.Email, c.NormalizedEmail) = (Clean(v), ContactNormalizer.Email(v)), Clean, ContactNormalizer.Email);

    public static readonly ClientField Phone = new(
        "Phone", "Phone", c => c.Phone, (c, v) => (c.Phone, c.NormalizedPhone) = (ContactNormalizer.Phone(v), ContactNormalizer.Phone(v)), ContactNormalizer.Phone, ContactNormalizer.Phone);

    public static readonly ClientField FirstName = Text("FirstName", "First name", c => c.FirstName, (c, v) => c.FirstName = v);

    public static readonly ClientField LastName = Text("LastName", "Last name", c => c.LastName, (c, v) => c.LastName = v);

    public static readonly ClientField CompanyName = Text("CompanyName", "Company name", c => c.CompanyName, (c, v) => c.CompanyName = v);

    public static readonly ClientField VatId = Text("VatId", "VAT id", c => c.VatId, (c, v) => c.VatId = v);

    public static readonly ClientField Street = Text("Street", "Street", c => c.Street, (c, v) => c.Street = v);

    public static readonly ClientField PostalCode = new(
        "PostalCode", "Postal code", c => c.PostalCode, (c, v) => { c.PostalCode = ContactNormalizer.PostalCode(v); SetRegion(c); }, ContactNormalizer.PostalCode, ContactNormalizer.PostalCode);

    public static readonly ClientField City = Text("City", "City", c => c.City, (c, v) => c.City = v);

    public static readonly ClientField Country = new(
        "Country", "Country", c => c.Country, (c, v) => { c.Country = CountryCode(v) ?? "PL"; SetRegion(c); }, CountryCode, CountryCode);

    public static readonly ClientField BirthDate = new(
        "BirthDate",
        "Date of birth",
        c => c.BirthDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        (c, v) =>
        {
            c.BirthDate = v is null ? null : DateOnly.ParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            c.BirthMonth = c.BirthDate?.Month;
        },
        Clean,
        Clean);

    public static readonly IReadOnlyList<ClientField> All = [Email, Phone, FirstName, LastName, CompanyName, VatId, Street, PostalCode, City, Country, BirthDate];

    public static ClientField? Named(string name) => All.FirstOrDefault(f => f.Name == name);

    public static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static ClientField Text(string name, string label, Func<Client, string?> read, Action<Client, string?> write) =>
        new(name, label, read, (c, v) => write(c, Clean(v)), Clean, Clean);

    private static void SetRegion(Client client) => client.Region = ContactNormalizer.Region(client.PostalCode, client.Country);

    private static string? CountryCode(string? country) => string.IsNullOrWhiteSpace(country) ? null : country.Trim().ToUpperInvariant();

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
