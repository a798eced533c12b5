using System.Security.Cryptography;
using ShopCrm.Core.Security;

namespace ShopCrm.Certificates.Contracts;

// XXXX-XXXX-XXXX-XXXX: 15 random characters (75 bits, unguessable) and a check character that catches
// any single mistyped character and most swaps. The alphabet has no 0/O or 1/I/L so codes read aloud
// over the phone survive, and it is all Code 39, so the card's barcode can carry it.
public static class CertificateCode
{
    public const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private const int RandomLength = 15;

    public static string New()
    {
        var body = RandomNumberGenerator.GetString(Alphabet, RandomLength);
        return Format(body + CheckCharacter(body));
    }

    // What a code's last four characters look like to someone who may not see it whole; MaskedInSql must match.
    public const string MaskedPrefix = "••••-••••-••••-";

    public static string Mask(string code) => SecretText.LastFour(code);

    // Accepts what people type: any case, spaces or dashes anywhere. Null when it cannot be a code.
    public static string? Normalize(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return null;
        }

        var compact = new string(input.Where(c => c is not ('-' or ' ')).Select(char.ToUpperInvariant).ToArray());
        if (compact.Length != RandomLength + 1 || compact.Any(c => !Alphabet.Contains(c)))
        {
            return null;
        }

        return CheckCharacter(compact[..RandomLength]) == compact[RandomLength] ? Format(compact) : null;
    }

    // Weighted sum modulo the alphabet's prime size (31): every single substitution and every swap of
    // two neighbours changes the check character.
    private static char CheckCharacter(string body)
    {
        var sum = 0;
        for (var i = 0; i < body.Length; i++)
        {
            sum += (i + 1) * Alphabet.IndexOf(body[i]);
        }

        return Alphabet[sum % Alphabet.Length];
    }

    private static string Format(string compact) =>
        string.Join('-', Enumerable.Range(0, compact.Length / 4).Select(i => compact.Substring(i * 4, 4)));
}
