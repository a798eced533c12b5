using System.Globalization;
using System.Text;

namespace ShopCrm.Core.Text;

// The form of a name that searches and duplicate checks compare: "Wędka  Spinningowa-XL" and
// "wedka spinningowa xl" are the same to a person, so they normalize to the same text.
public static class SearchText
{
    public static string Normalize(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return "";
        }

        var decomposed = name.Trim().ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var result = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            // Letters that do not decompose into a base letter and a mark.
            var plain = c switch
            {
                'ł' => "l",
                'ø' => "o",
                'đ' => "d",
                'ß' => "ss",
                'æ' => "ae",
                'œ' => "oe",
                'ı' => "i",
                _ => null,
            };
            if (plain is null && !char.IsLetterOrDigit(c))
            {
                pendingSpace = result.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                result.Append(' ');
                pendingSpace = false;
            }

            if (plain is null)
            {
                result.Append(c);
            }
            else
            {
                result.Append(plain);
            }
        }

        return result.ToString();
    }
}
