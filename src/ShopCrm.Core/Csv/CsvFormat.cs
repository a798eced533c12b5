using System.Text;

namespace ShopCrm.Core.Csv;

// How a CSV file is written: its text encoding and its field separator, as detected from its first bytes.
public sealed record CsvFormat(Encoding Encoding, char Separator)
{
    private const int SampleBytes = 64 * 1024;

    public string EncodingName => Encoding.CodePage == 1250 ? "Windows-1250" : "UTF-8";

    // UTF-8 with or without a byte order mark; otherwise, if the bytes are not valid UTF-8, Windows-1250
    // (what Excel writes in Polish Windows when saving "CSV (separated by semicolons)").
    // The separator is whichever of ';' and ',' appears more often outside quotes on the header line.
    public static CsvFormat Detect(Stream stream)
    {
        var start = stream.Position;
        var buffer = new byte[SampleBytes];
        var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        stream.Position = start;
        var sample = buffer.AsSpan(0, read);

        var encoding = sample.StartsWith(Encoding.UTF8.Preamble) || IsUtf8(sample, read == buffer.Length)
            ? (Encoding)new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)
            : System.Text.CodePagesEncodingProvider.Instance.GetEncoding(1250)!;
        var text = encoding.GetString(sample);
        return new CsvFormat(encoding, SeparatorOf(text));
    }

    private static bool IsUtf8(ReadOnlySpan<byte> sample, bool truncated)
    {
        // A sample cut in the middle of a multi-byte character is still UTF-8: drop up to 3 trailing bytes.
        var strict = new UTF8Encoding(false, throwOnInvalidBytes: true);
        for (var cut = 0; cut <= (truncated ? 3 : 0) && cut <= sample.Length; cut++)
        {
            try
            {
                strict.GetCharCount(sample[..^cut]);
                return true;
            }
            catch (DecoderFallbackException)
            {
            }
        }

        return false;
    }

    private static char SeparatorOf(string text)
    {
        int semicolons = 0, commas = 0;
        var quoted = false;
        foreach (var c in text)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && c is '\n' or '\r')
            {
                break;
            }
            else if (!quoted && c == ';')
            {
                semicolons++;
            }
            else if (!quoted && c == ',')
            {
                commas++;
            }
        }

        return semicolons >= commas && semicolons > 0 ? ';' : commas > 0 ? ',' : ';';
    }
}
