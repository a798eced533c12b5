using System.Text;
using ShopCrm.Catalog.Contracts;
using ShopCrm.Catalog.Services;
using ShopCrm.Core.Text;

namespace ShopCrm.Clients.Contracts;

// One person, one record: everything that compares clients (uniqueness, "find by phone", duplicates,
// registrations from the site) compares these forms, never what was typed.
public static class ContactNormalizer
{
    private const string DefaultCountryCode = "48";

    // Trimmed and lower case, or null when empty. Mailbox names are case-sensitive in theory, never in
    // practice, and treating them so is what lets "Jan.Kowalski@WP.pl" find the existing client.
    public static string? Email(string? email)
    {
        var trimmed = email?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : trimmed.ToLowerInvariant();
    }

    public static bool IsValidEmail(string normalizedEmail)
    {
        var at = normalizedEmail.IndexOf('@');
        return at > 0
            && at == normalizedEmail.LastIndexOf('@')
            && normalizedEmail.IndexOf('.', at) > at + 1
            && !normalizedEmail.EndsWith('.')
            && !normalizedEmail.Any(char.IsWhiteSpace);
    }

    // E.164 ("+48601234567"), or null when the text is not a phone number. Spaces, dashes, dots and
    // brackets are ignored; "00" is the international prefix; nine digits without a country are Polish.
    public static string? Phone(string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone))
        {
            return null;
        }

        var digits = new StringBuilder(16);
        var international = false;
        foreach (var c in phone.Trim())
        {
            if (char.IsAsciiDigit(c))
            {
                digits.Append(c);
            }
            else if (c == '+' && digits.Length == 0 && !international)
            {
                international = true;
            }
            else if (c is not (' ' or '-' or '.' or '(' or ')' or '/'))
            {
                return null;
            }
        }

        var number = digits.ToString();
        if (!international && number.StartsWith("00", StringComparison.Ordinal))
        {
            international = true;
            number = number[2..];
        }
        else if (!international && number.Length == 11 && number.StartsWith(DefaultCountryCode, StringComparison.Ordinal))
        {
            international = true;
        }

        if (!international)
        {
            return number.Length == 9 ? $"+{DefaultCountryCode}{number}" : null;
        }

        // E.164 allows at most 15 digits; nothing real is shorter than 8 with its country code.
        return number.Length is >= 8 and <= 15 && number[0] != '0' ? $"+{number}" : null;
    }

    // Lower case, no diacritics or punctuation, single spaces: "Łukasz  Żółć-Kowalski" and
    // "lukasz zolc kowalski" are one name to a person, so they are one name to the duplicate search. The
    // same rule as model names in the Catalog.
    public static string Name(string? name) => SearchText.Normalize(name);

    // "01-234" or "01234" as "01-234"; anything else is returned trimmed, as typed.
    public static string? PostalCode(string? postalCode)
    {
        var trimmed = postalCode?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        return trimmed.Length == 5 && trimmed.All(char.IsAsciiDigit) ? $"{trimmed[..2]}-{trimmed[2..]}" : trimmed;
    }

    // The voivodeship of a Polish postal code, from its first two digits. Postal districts do not follow
    // voivodeship borders exactly (Radom, 26-6xx, is in mazowieckie while the rest of 26 is
    // świętokrzyskie; parts of 19 are in warmińsko-mazurskie, parts of 64 in lubuskie, parts of 89 in
    // pomorskie and wielkopolskie), so a few border towns get their neighbour's region. That is good
    // enough for filters and segments; the address itself stays exact.
    public static string? Region(string? postalCode, string country = "PL")
    {
        if (!string.Equals(country, "PL", StringComparison.OrdinalIgnoreCase) || postalCode is null)
        {
            return null;
        }

        var code = postalCode.Trim();
        if (code.Length < 2 || !char.IsAsciiDigit(code[0]) || !char.IsAsciiDigit(code[1]))
        {
            return null;
        }

        var prefix = (code[0] - '0') * 10 + (code[1] - '0');
        return prefix switch
        {
            <= 9 => "mazowieckie",
            <= 14 => "warmińsko-mazurskie",
            <= 19 => "podlaskie",
            <= 24 => "lubelskie",
            <= 29 => "świętokrzyskie",
            <= 34 => "małopolskie",
            <= 39 => "podkarpackie",
            <= 44 => "śląskie",
            <= 49 => "opolskie",
            <= 59 => "dolnośląskie",
            <= 64 => "wielkopolskie",
            <= 69 => "lubuskie",
            <= 78 => "zachodniopomorskie",
            <= 84 => "pomorskie",
            <= 89 => "kujawsko-pomorskie",
            _ => "łódzkie",
        };
    }

    public static readonly IReadOnlyList<string> Regions =
    [
        "dolnośląskie", "kujawsko-pomorskie", "lubelskie", "lubuskie", "łódzkie", "małopolskie", "mazowieckie", "opolskie",
        "podkarpackie", "podlaskie", "pomorskie", "śląskie", "świętokrzyskie", "warmińsko-mazurskie", "wielkopolskie",
        "zachodniopomorskie",
    ];
}
