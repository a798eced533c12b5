using System.Text;
using System.Text.RegularExpressions;

namespace ShopCrm.Tests.Core.Email;

// System.Net.Mail can write MIME but not read it, and MimeKit is not available here, so the tests
// decode what arrived with this small reader: headers, encoded words, multipart bodies, base64 and
// quoted-printable. It reads only what SmtpClient writes, not every message in the wild.
public sealed partial class MimeEntity
{
    private readonly List<KeyValuePair<string, string>> headers;

    private MimeEntity(List<KeyValuePair<string, string>> headers, byte[] body, IReadOnlyList<MimeEntity> parts)
    {
        this.headers = headers;
        Body = body;
        Parts = parts;
    }

    public byte[] Body { get; }

    public IReadOnlyList<MimeEntity> Parts { get; }

    public string MediaType => (RawHeader("Content-Type") ?? "text/plain").Split(';')[0].Trim().ToLowerInvariant();

    public string Text => Encoding.GetEncoding(Parameter("Content-Type", "charset") ?? "us-ascii").GetString(Body);

    public string? FileName => Parameter("Content-Disposition", "filename") ?? Parameter("Content-Type", "name");

    public static MimeEntity Parse(string raw)
    {
        var text = raw.ReplaceLineEndings("\r\n");
        var split = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var head = split < 0 ? text : text[..split];
        var body = split < 0 ? string.Empty : text[(split + 4)..];
        var headers = ParseHeaders(head);
        var contentType = headers.FirstOrDefault(h => h.Key.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)).Value ?? "text/plain";
        var boundary = ParameterOf(contentType, "boundary");
        if (contentType.TrimStart().StartsWith("multipart/", StringComparison.OrdinalIgnoreCase) && boundary is not null)
        {
            var delimiter = "--" + boundary;
            var end = body.IndexOf(delimiter + "--", StringComparison.Ordinal);
            var inside = end < 0 ? body : body[..end];
            var parts = inside.Split(delimiter + "\r\n").Skip(1)
                .Select(part => Parse(part.EndsWith("\r\n", StringComparison.Ordinal) ? part[..^2] : part))
                .ToList();
            return new MimeEntity(headers, [], parts);
        }

        var encoding = headers.FirstOrDefault(h => h.Key.Equals("Content-Transfer-Encoding", StringComparison.OrdinalIgnoreCase)).Value?.Trim().ToLowerInvariant();
        var bytes = encoding switch
        {
            "base64" => Convert.FromBase64String(Regex.Replace(body, @"\s", string.Empty)),
            "quoted-printable" => DecodeQuotedPrintable(body),
            _ => Encoding.Latin1.GetBytes(body),
        };
        return new MimeEntity(headers, bytes, []);
    }

    public string? RawHeader(string name) =>
        headers.FirstOrDefault(h => h.Key.Equals(name, StringComparison.OrdinalIgnoreCase)).Value;

    public string? Header(string name) => RawHeader(name) is { } value ? DecodeWords(value) : null;

    public IEnumerable<MimeEntity> Leaves() => Parts.Count == 0 ? [this] : Parts.SelectMany(p => p.Leaves());

    private string? Parameter(string header, string name) =>
        RawHeader(header) is { } value && ParameterOf(value, name) is { } parameter ? DecodeWords(parameter) : null;

    private static string? ParameterOf(string headerValue, string name)
    {
        var match = Regex.Match(headerValue, $@";\s*{name}\s*=\s*(""(?<v>[^""]*)""|(?<v>[^;\s]+))", RegexOptions.IgnoreCase);
        return match.Success ? match.Groups["v"].Value : null;
    }

    private static List<KeyValuePair<string, string>> ParseHeaders(string head)
    {
        var result = new List<KeyValuePair<string, string>>();
        foreach (var line in head.Split("\r\n"))
        {
            if (line.Length > 0 && char.IsWhiteSpace(line[0]) && result.Count > 0)
            {
                var last = result[^1];
                result[^1] = new(last.Key, last.Value + line);
            }
            else if (line.IndexOf(':', StringComparison.Ordinal) is var colon and > 0)
            {
                result.Add(new(line[..colon].Trim(), line[(colon + 1)..].Trim()));
            }
        }

        return result;
    }

    // RFC 2047: =?charset?B?...?= or =?charset?Q?...?=, where the space between two words is dropped.
    private static string DecodeWords(string value)
    {
        var joined = Regex.Replace(value, @"(\?=)\s+(=\?)", "$1$2");
        return EncodedWord().Replace(joined, match =>
        {
            var charset = Encoding.GetEncoding(match.Groups["charset"].Value);
            var payload = match.Groups["text"].Value;
            var bytes = match.Groups["kind"].Value.Equals("B", StringComparison.OrdinalIgnoreCase)
                ? Convert.FromBase64String(payload)
                : DecodeQuotedPrintable(payload.Replace('_', ' '));
            return charset.GetString(bytes);
        });
    }

    private static byte[] DecodeQuotedPrintable(string text)
    {
        var unfolded = text.Replace("=\r\n", string.Empty);
        var bytes = new List<byte>(unfolded.Length);
        for (var i = 0; i < unfolded.Length; i++)
        {
            if (unfolded[i] == '=' && i + 2 < unfolded.Length && Uri.IsHexDigit(unfolded[i + 1]) && Uri.IsHexDigit(unfolded[i + 2]))
            {
                bytes.Add(Convert.ToByte(unfolded.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                bytes.Add((byte)unfolded[i]);
            }
        }

        return [.. bytes];
    }

    [GeneratedRegex(@"=\?(?<charset>[^?]+)\?(?<kind>[BbQq])\?(?<text>[^?]*)\?=")]
    private static partial Regex EncodedWord();
}
