using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace ShopCrm.Catalog.Services.Search;

// The position after the last row the site has seen. (UpdatedAt, Id) is a total order, so paging by it
// neither skips nor repeats rows even when thousands share one timestamp. Opaque to the site so its
// shape can change without breaking callers.
internal sealed record FeedCursor(DateTime UpdatedAt, int Id)
{
    public string Encode() =>
        Base64Url.EncodeToString(Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{UpdatedAt.Ticks}.{Id}")));

    public static bool TryDecode(string? token, out FeedCursor? cursor)
    {
        cursor = null;
        if (string.IsNullOrWhiteSpace(token) || token.Length > 64)
        {
            return false;
        }

        try
        {
            var parts = Encoding.ASCII.GetString(Base64Url.DecodeFromChars(token)).Split('.');
            if (parts.Length == 2
                && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
                && ticks is >= 0 and <= 3155378975999999999
                && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                cursor = new FeedCursor(new DateTime(ticks, DateTimeKind.Utc), id);
                return true;
            }
        }
        catch (FormatException)
        {
            // Not base64url: a bad cursor like any other.
        }

        return false;
    }
}
