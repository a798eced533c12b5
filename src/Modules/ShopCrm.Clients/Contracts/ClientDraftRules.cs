
namespace ShopCrm.Clients.Contracts;

// What a client's details must look like, field by field, for the editor and the site alike.
public static class ClientDraftRules
{
    public static ClientSaveResult? Check(ClientDraft draft, bool requireName, DateTime now)
    {
        var errors = new Dictionary<string, string>();
        if (requireName && draft.Kind == ClientKind.Person && string.IsNullOrWhiteSpace(draft.FirstName) && string.IsNullOrWhiteSpace(draft.LastName))
        {
            errors["LastName"] = "Give the client's first or last name.";
        }

        if (draft.Kind == ClientKind.Company && string.IsNullOrWhiteSpace(draft.CompanyName))
        {
            errors["CompanyName"] = "Give the company's name.";
        }

        if (ContactNormalizer.Email(draft.Email) is { } email && (!ContactNormalizer.IsValidEmail(email) || email.Length > 254))
        {
            errors["Email"] = "This is not an e-mail address.";
        }

        if (!string.IsNullOrWhiteSpace(draft.Phone) && ContactNormalizer.Phone(draft.Phone) is null)
        {
            errors["Phone"] = "This is not a phone number: give 9 digits, or + and the country code.";
        }

        var country = string.IsNullOrWhiteSpace(draft.Country) ? "PL" : draft.Country.Trim();
        if (!string.IsNullOrWhiteSpace(draft.PostalCode) && country.Equals("PL", StringComparison.OrdinalIgnoreCase)
            && !IsPolishPostalCode(ContactNormalizer.PostalCode(draft.PostalCode)))
        {
            errors["PostalCode"] = "A Polish postal code looks like 00-950.";
        }

        if (draft.BirthDate is { } birthDate && (birthDate.Year < 1900 || birthDate > DateOnly.FromDateTime(now)))
        {
            errors["BirthDate"] = "This date of birth cannot be right.";
        }

        CheckLength(errors, "FirstName", draft.FirstName, 100);
        CheckLength(errors, "LastName", draft.LastName, 100);
        CheckLength(errors, "CompanyName", draft.CompanyName, 200);
        CheckLength(errors, "VatId", draft.VatId, 32);
        CheckLength(errors, "Phone", draft.Phone, 32);
        CheckLength(errors, "Street", draft.Street, 200);
        CheckLength(errors, "PostalCode", draft.PostalCode, 16);
        CheckLength(errors, "City", draft.City, 100);
        CheckLength(errors, "Country", draft.Country, 2);
        CheckLength(errors, "PreferredLanguage", draft.PreferredLanguage, 8);
        CheckLength(errors, "SiteCustomerId", draft.SiteCustomerId, 64);
        return errors.Count == 0 ? null : new ClientSaveResult(null, errors);
    }

    // What a site registration or a site order's client must meet: valid fields and the site's customer id or
    // the e-mail to find the client by. A phone number is shared by a household (a mother and her son): it
    // never says who someone is.
    public static ClientSaveResult? CheckForSite(ClientDraft draft, DateTime now) =>
        Check(draft, requireName: false, now)
        ?? (ContactNormalizer.Email(draft.Email) is null && string.IsNullOrWhiteSpace(draft.SiteCustomerId)
            ? ClientSaveResult.Failed("Email", "Give the shop's customer id or the e-mail: a phone number alone does not say who the customer is.")
            : null);

    private static bool IsPolishPostalCode(string? code) =>
        code is { Length: 6 } && code[2] == '-' && code.Where((c, i) => i != 2).All(char.IsAsciiDigit);

    private static void CheckLength(Dictionary<string, string> errors, string field, string? value, int max)
    {
        if (value?.Trim().Length > max && !errors.ContainsKey(field))
        {
            errors[field] = $"At most {max} characters.";
        }
    }
}
