using System.Globalization;
using ShopCrm.Catalog.Services;
using ShopCrm.Clients.Contracts;
using ShopCrm.Core.Csv;
using ShopCrm.Core.Imports;

namespace ShopCrm.Clients.Services.Import;

// Reads a contact file with a column map and checks every line: a good line becomes a ContactRow, a bad
// one a problem with its line number and every reason, so the person can fix them all in one go.
public static class ContactReader
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "dd.MM.yyyy", "d.M.yyyy", "dd-MM-yyyy", "dd/MM/yyyy", "yyyy/MM/dd", "--MM-dd"];

    public static (ContactRow? Row, ImportProblem? Problem) Check(CsvRecord record, IReadOnlyDictionary<string, int> map)
    {
        string? Text(ContactField field) => map.TryGetValue(field.Key, out var index) && record[index].Trim() is { Length: > 0 } value ? value : null;

        var reasons = new List<string>();
        var (first, last) = (Text(ContactField.FirstName), Text(ContactField.LastName));
        if (first is null && last is null && Text(ContactField.FullName) is { } full)
        {
            var space = full.LastIndexOf(' ');
            (first, last) = space > 0 ? (full[..space].Trim(), full[(space + 1)..].Trim()) : (full, null);
        }

        var emails = new List<(string, string)>();
        foreach (var field in new[] { ContactField.Email, ContactField.Email2 })
        {
            // Google puts several addresses in one cell separated by " ::: ".
            foreach (var value in (Text(field) ?? "").Split(":::", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var normalized = ContactNormalizer.Email(value);
                if (normalized is null || !ContactNormalizer.IsValidEmail(normalized))
                {
                    reasons.Add($"\"{value}\" is not an e-mail address");
                }
                else if (!emails.Any(e => e.Item2 == normalized))
                {
                    emails.Add((value, normalized));
                }
            }
        }

        var phones = new List<(string, string)>();
        foreach (var field in new[] { ContactField.Phone, ContactField.Phone2 })
        {
            foreach (var value in (Text(field) ?? "").Split(":::", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var normalized = ContactNormalizer.Phone(value);
                if (normalized is null)
                {
                    reasons.Add($"\"{value}\" is not a phone number");
                }
                else if (!phones.Any(p => p.Item2 == normalized))
                {
                    // Stored in one form whatever the file wrote ("601-234-567", "0048 601 234 567").
                    phones.Add((normalized, normalized));
                }
            }
        }

        var company = Text(ContactField.Company);
        if (first is null && last is null && company is null)
        {
            reasons.Add("no name and no company");
        }

        if (emails.Count == 0 && phones.Count == 0 && reasons.Count == 0)
        {
            reasons.Add("no e-mail and no phone: nothing to reach the client by");
        }

        DateOnly? birthDate = null;
        if (Text(ContactField.BirthDate) is { } birth)
        {
            if (DateOnly.TryParseExact(birth, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) && date.Year > 1900)
            {
                birthDate = date;
            }
            else
            {
                reasons.Add($"\"{birth}\" is not a birth date (use 1985-09-14 or 14.09.1985)");
            }
        }

        bool? consent = null;
        if (Text(ContactField.Consent) is { } said)
        {
            consent = said.ToLowerInvariant() switch
            {
                "yes" or "y" or "true" or "1" or "tak" or "t" or "x" => true,
                "no" or "n" or "false" or "0" or "nie" => false,
                _ => null,
            };
            if (consent is null)
            {
                reasons.Add($"\"{said}\" is not a consent answer (yes/no, tak/nie)");
            }
        }

        foreach (var field in new[] { ContactField.FirstName, ContactField.LastName, ContactField.City })
        {
            if (Text(field) is { Length: > 100 })
            {
                reasons.Add($"{field.Title} is longer than 100 characters");
            }
        }

        if (reasons.Count > 0)
        {
            return (null, new ImportProblem(record.Line, string.Join("; ", reasons)));
        }

        return (new ContactRow(
            record.Line, first, last, company, Text(ContactField.VatId), emails, phones,
            Text(ContactField.Street), ContactNormalizer.PostalCode(Text(ContactField.PostalCode)), Text(ContactField.City), birthDate, consent), null);
    }
}
