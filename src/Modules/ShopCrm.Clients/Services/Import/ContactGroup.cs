namespace ShopCrm.Clients.Services.Import;

// The lines of one file that are one person (a shared e-mail or phone), folded together: the first
// line's values win, later lines fill what is still empty and add further e-mails and phones.
public sealed class ContactGroup(ContactRow first)
{
    public ContactRow First { get; } = first;

    public string? FirstName { get; private set; } = first.FirstName;

    public string? LastName { get; private set; } = first.LastName;

    public string? Company { get; private set; } = first.Company;

    public string? VatId { get; private set; } = first.VatId;

    public List<(string Value, string Normalized)> Emails { get; } = [.. first.Emails];

    public List<(string Value, string Normalized)> Phones { get; } = [.. first.Phones];

    public string? Street { get; private set; } = first.Street;

    public string? PostalCode { get; private set; } = first.PostalCode;

    public string? City { get; private set; } = first.City;

    public DateOnly? BirthDate { get; private set; } = first.BirthDate;

    public bool? Consent { get; private set; } = first.Consent;

    public int Lines { get; private set; } = 1;

    public IEnumerable<string> Keys => Emails.Select(e => "e:" + e.Normalized).Concat(Phones.Select(p => "p:" + p.Normalized));

    public void Add(ContactRow row)
    {
        Lines++;
        FirstName ??= row.FirstName;
        LastName ??= row.LastName;
        Company ??= row.Company;
        VatId ??= row.VatId;
        Emails.AddRange(row.Emails.Where(e => Emails.All(known => known.Normalized != e.Normalized)));
        Phones.AddRange(row.Phones.Where(p => Phones.All(known => known.Normalized != p.Normalized)));
        if (Street is null && PostalCode is null)
        {
            (Street, PostalCode, City) = (row.Street, row.PostalCode, row.City);
        }

        BirthDate ??= row.BirthDate;

        // A later line of the same file is the more recent statement of the person's wish.
        Consent = row.Consent ?? Consent;
    }

    public static List<ContactGroup> Fold(IEnumerable<ContactRow> rows)
    {
        var groups = new List<ContactGroup>();
        var byKey = new Dictionary<string, ContactGroup>();
        foreach (var row in rows)
        {
            var keys = row.Emails.Select(e => "e:" + e.Normalized).Concat(row.Phones.Select(p => "p:" + p.Normalized)).ToList();
            var group = keys.Select(byKey.GetValueOrDefault).FirstOrDefault(g => g is not null);
            if (group is null)
            {
                group = new ContactGroup(row);
                groups.Add(group);
            }
            else
            {
                group.Add(row);
            }

            foreach (var key in group.Keys)
            {
                byKey.TryAdd(key, group);
            }
        }

        return groups;
    }
}
