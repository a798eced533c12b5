using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using ShopCrm.Clients.Contracts;
using ShopCrm.Clients.Domain;
using ShopCrm.Core.Data;

namespace ShopCrm.Clients.Services;

internal sealed class ClientSummaries(IDbContextFactory<ShopDbContext> contexts) : IClientSummaries
{
    private static readonly Expression<Func<Client, ClientSummary>> Summary = c => new ClientSummary
    {
        Id = c.Id,
        DisplayName = c.DisplayName,
        Email = c.Email,
        Phone = c.Phone,
        CompanyName = c.CompanyName,
        VatId = c.VatId,
        Street = c.Street,
        PostalCode = c.PostalCode,
        City = c.City,
        Region = c.Region,
        Country = c.Country,
        Status = c.Status,
        MergedIntoId = c.MergedIntoId,
    };

    public IQueryable<ClientSummary> Query(ShopDbContext db) => db.Set<Client>().AsNoTracking().Select(Summary);

    // Matches the normalized columns, so case, diacritics and the phone's formatting do not matter; a phone
    // matches on its last nine digits once six are typed.
    public async Task<IReadOnlyList<ClientSummary>> SearchAsync(string text, int take, CancellationToken ct = default)
    {
        var name = ContactNormalizer.Name(text);
        var mail = ContactNormalizer.Email(text);
        var digits = new string(text.Where(char.IsAsciiDigit).ToArray());
        var phoneDigits = digits.Length >= 6 ? digits[^Math.Min(9, digits.Length)..] : null;
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Set<Client>().AsNoTracking()
            .Where(c => c.MergedIntoId == null && (c.NormalizedName.Contains(name)
                || (mail != null && c.NormalizedEmail != null && c.NormalizedEmail.Contains(mail))
                || (phoneDigits != null && c.NormalizedPhone != null && c.NormalizedPhone.Contains(phoneDigits))))
            .OrderBy(c => c.DisplayName)
            .Take(take)
            .Select(Summary)
            .ToListAsync(ct);
    }
}
