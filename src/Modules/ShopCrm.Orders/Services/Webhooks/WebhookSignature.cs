using System.Security.Cryptography;
using System.Text;

namespace ShopCrm.Orders.Services.Webhooks;

// HMAC-SHA256 over "{timestamp}.{raw body}": the timestamp is signed too, so an old call replayed later
// fails the receiver's freshness check instead of passing as new.
public static class WebhookSignature
{
    public const string SignatureHeader = "X-ShopCrm-Signature";
    public const string TimestampHeader = "X-ShopCrm-Timestamp";
    private const string Scheme = "sha256=";

    public static string Sign(string secret, long unixSeconds, string body)
    {
        var content = Encoding.UTF8.GetBytes($"{unixSeconds}.{body}");
        return Scheme + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), content));
    }

    public static bool Verify(string secret, string? timestamp, string body, string? signature, DateTimeOffset now, TimeSpan tolerance)
    {
        if (!long.TryParse(timestamp, out var unixSeconds) || signature is null)
        {
            return false;
        }

        if ((now - DateTimeOffset.FromUnixTimeSeconds(unixSeconds)).Duration() > tolerance)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(secret, unixSeconds, body)), Encoding.ASCII.GetBytes(signature));
    }
}
