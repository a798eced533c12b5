using System.Globalization;
using System.Text;

namespace ShopCrm.Catalog.Services;

// Text folding for imports: CSV headers are matched to fields by it, and it gives Product.NormalizedName.
// It must agree with the card editor's normalization (lower case, no diacritics including ł -> l,
// punctuation to single spaces) so that duplicate search finds imported and typed cards alike.
internal static class ImportText
{
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var decomposed = text.Trim().ToLowerInvariant().Replace('ł', 'l').Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        var space = false;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (space && folded.Length > 0)
                {
                    folded.Append(' ');
                }

                folded.Append(c);
                space = false;
            }
            else
            {
                space = true;
            }
        }

        return folded.ToString().Normalize(NormalizationForm.FormC);
    }
}
