namespace ShopCrm.Core.Security;

// Values that work like cash (gift card codes) are shown by their last four characters only; separators
// stay, so the masked value keeps the layout people recognise.
public static class SecretText
{
    public const char Hidden = '•';
    public const int ShownCharacters = 4;

    public static string LastFour(string value)
    {
        var shown = 0;
        var masked = value.ToCharArray();
        for (var i = masked.Length - 1; i >= 0; i--)
        {
            if (!char.IsLetterOrDigit(masked[i]))
            {
                continue;
            }

            if (shown < ShownCharacters)
            {
                shown++;
            }
            else
            {
                masked[i] = Hidden;
            }
        }

        return new string(masked);
    }
}
