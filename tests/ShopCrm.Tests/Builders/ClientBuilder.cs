using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ShopCrm.Clients.Contracts;
using ShopCrm.Clients.Domain;
using ShopCrm.Clients.Services;
using ShopCrm.Core.Data;

namespace ShopCrm.Tests.Builders;

// A client created as a manager creates one by hand (IClientDirectory), read back as stored.
public sealed record ClientBuilder(IServiceProvider Services)
{
    private ClientDraft Draft { get; init; } = new()
    {
        FirstName = "Anna",
        LastName = "Kowalska",
        Email = "anna.kowalska@example.pl",
        Phone = "601 200 300",
        Street = "ul. Rybacka 5",
        PostalCode = "30-001",
        City = "Kraków",
    };

    public ClientBuilder Named(string firstName, string lastName) => this with { Draft = Draft with { FirstName = firstName, LastName = lastName } };

    public ClientBuilder WithEmail(string? email) => this with { Draft = Draft with { Email = email } };

    public ClientBuilder WithPhone(string? phone) => this with { Draft = Draft with { Phone = phone } };

    public ClientBuilder LivingAt(string street, string postalCode, string city) =>
        this with { Draft = Draft with { Street = street, PostalCode = postalCode, City = city } };

    public ClientBuilder Company(string companyName, string vatId) =>
        this with { Draft = Draft with { Kind = ClientKind.Company, CompanyName = companyName, VatId = vatId } };

    public async Task<Client> BuildAsync()
    {
        var created = await Services.GetRequiredService<IClientDirectory>().CreateAsync(Draft);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => $"{e.Key}: {e.Value}")));
        await using var db = await Services.GetRequiredService<IDbContextFactory<ShopDbContext>>().CreateDbContextAsync();
        return await db.Set<Client>().AsNoTracking().SingleAsync(c => c.Id == created.ClientId);
    }
}
