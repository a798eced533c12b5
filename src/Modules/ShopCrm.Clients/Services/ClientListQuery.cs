using Microsoft.EntityFrameworkCore;
using ShopCrm.Clients.Contracts;
using ShopCrm.Clients.Domain;
using ShopCrm.Core.Data;

namespace ShopCrm.Clients.Services;

// The active clients a filter selects, as one IQueryable: the grid pages and sorts it in SQL and the
// CSV export streams it, so both always show the same clients.
public static class ClientListQuery
{
    public static IQueryable<Client> Clients(ShopDbContext db, ClientFilter filter)
    {
        var clients = db.Set<Client>().AsNoTracking().Where(c => c.Status == ClientStatus.Active);
        clients = filter.Category switch
        {
            ClientCategory.Vip => clients.Where(c => c.IsVip),
            ClientCategory.Lost => clients.Where(c => c.IsLost),
            ClientCategory.Lousy => clients.Where(c => c.IsLousy),
            _ => clients,
        };

        if (!string.IsNullOrWhiteSpace(filter.Region))
        {
            clients = clients.Where(c => c.Region == filter.Region);
        }

        if (filter.TagId is { } tagId)
        {
            clients = clients.Where(c => db.Set<ClientTagLink>().Any(l => l.ClientId == c.Id && l.TagId == tagId));
        }

        if (filter.InterestTagId is { } interest)
        {
            clients = clients.Where(c => db.Set<ClientInterest>().Any(i => i.ClientId == c.Id && i.TagId == interest));
        }

        if (filter.MinTotalMinor is { } min)
        {
            clients = clients.Where(c => c.TotalSpentMinor >= min);
        }

        if (filter.MaxTotalMinor is { } max)
        {
            clients = clients.Where(c => c.TotalSpentMinor <= max);
        }

        if (filter.LastOrderFrom is { } from)
        {
            clients = clients.Where(c => c.LastOrderAt >= from);
        }

        if (filter.LastOrderTo is { } to)
        {
            clients = clients.Where(c => c.LastOrderAt < to);
        }

        return string.IsNullOrWhiteSpace(filter.Search) ? clients : Search(db, clients, filter.Search.Trim());
    }

    public static IQueryable<ClientListRow> Rows(ShopDbContext db, ClientFilter filter) =>
        Clients(db, filter).Select(c => new ClientListRow
        {
            Id = c.Id,
            DisplayName = c.DisplayName,
            Email = c.Email,
            Phone = c.Phone,
            City = c.City,
            Region = c.Region,
            CompletedOrders = c.CompletedOrders,
            TotalSpentMinor = c.TotalSpentMinor,
            LastOrderAt = c.LastOrderAt,
            IsVip = c.IsVip,
            IsLost = c.IsLost,
            IsLousy = c.IsLousy,
        });

    // A phone number in any notation is compared as E.164 with the primary and the further phones; text
    // with "@" is the start of an e-mail; anything else is part of the name.
    private static IQueryable<Client> Search(ShopDbContext db, IQueryable<Client> clients, string search)
    {
        if (ContactNormalizer.Phone(search) is { } phone)
        {
            return clients.Where(c => c.NormalizedPhone == phone
                || db.Set<ClientContact>().Any(k => k.ClientId == c.Id && k.Kind == ContactKind.Phone && k.NormalizedValue == phone));
        }

        if (search.Contains('@'))
        {
            var email = ContactNormalizer.Email(search)!;
            return clients.Where(c => c.NormalizedEmail!.StartsWith(email)
                || db.Set<ClientContact>().Any(k => k.ClientId == c.Id && k.Kind == ContactKind.Email && k.NormalizedValue.StartsWith(email)));
        }

        var name = ContactNormalizer.Name(search);
        return name.Length == 0 ? clients : clients.Where(c => c.NormalizedName.Contains(name));
    }
}
