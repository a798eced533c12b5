using System.Globalization;
using System.Text;

namespace ShopCrm.Core.Csv;

// Writes RFC 4180 records with ';' (what Excel expects in Poland) and CRLF; quotes only fields that need it.
public sealed class CsvWriter(TextWriter writer, char separator = ';')
{
    // UTF-8 with a byte order mark, so that Excel shows Polish letters instead of guessing Windows-1250.
    public static readonly Encoding Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);

    public async Task WriteRecordAsync(IEnumerable<string?> fields)
    {
        var first = true;
        foreach (var field in fields)
        {
            if (!first)
            {
                await writer.WriteAsync(separator);
            }

            first = false;
            await writer.WriteAsync(Quote(field ?? ""));
        }

        await writer.WriteAsync("\r\n");
    }

    // Decimal comma, as a Polish spreadsheet expects; the import reads both comma and point.
    public static string Amount(long minor) => (minor / 100m).ToString("0.00", Polish);

    private static readonly CultureInfo Polish = CultureInfo.GetCultureInfo("pl-PL");

    private string Quote(string field) =>
        field.Length > 0 && (field.Contains(separator) || field.Contains('"') || field.Contains('\n') || field.Contains('\r') || field[0] == ' ' || field[^1] == ' ')
            ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : field;
}
