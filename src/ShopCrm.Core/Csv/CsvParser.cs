using System.Text;

namespace ShopCrm.Core.Csv;

// RFC 4180 records from a text reader, one at a time, so a file of any size is read in constant memory.
// Quoted fields may hold separators, doubled quotes and line breaks; CRLF, LF and CR all end a record.
// Lenient where spreadsheets are sloppy: a quote inside an unquoted field is kept as text.
public static class CsvParser
{
    public static IEnumerable<CsvRecord> Read(TextReader reader, char separator)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var quoted = false;
        var fieldStarted = false;
        var afterQuote = false;

        int next;
        while ((next = reader.Read()) != -1)
        {
            var c = (char)next;
            if (quoted)
            {
                if (c == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        reader.Read();
                        field.Append('"');
                    }
                    else
                    {
                        quoted = false;
                        afterQuote = true;
                    }
                }
                else
                {
                    if (c == '\n' || (c == '\r' && reader.Peek() != '\n'))
                    {
                        line++;
                    }

                    field.Append(c);
                }

                continue;
            }

            if (c == separator)
            {
                fields.Add(field.ToString());
                field.Clear();
                fieldStarted = true;
                afterQuote = false;
            }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && reader.Peek() == '\n')
                {
                    reader.Read();
                }

                if (fieldStarted || field.Length > 0 || afterQuote)
                {
                    fields.Add(field.ToString());
                    yield return new CsvRecord(recordLine, fields.ToArray());
                }

                fields.Clear();
                field.Clear();
                fieldStarted = false;
                afterQuote = false;
                line++;
                recordLine = line;
            }
            else if (c == '"' && field.Length == 0 && !afterQuote)
            {
                quoted = true;
                fieldStarted = true;
            }
            else
            {
                field.Append(c);
                fieldStarted = true;
            }
        }

        if (fieldStarted || field.Length > 0 || afterQuote || fields.Count > 0)
        {
            fields.Add(field.ToString());
            yield return new CsvRecord(recordLine, fields.ToArray());
        }
    }

    // The file's records after detecting its encoding and separator; the stream must be seekable.
    public static IEnumerable<CsvRecord> Read(Stream stream, CsvFormat format)
    {
        using var reader = new StreamReader(stream, format.Encoding, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        foreach (var record in Read(reader, format.Separator))
        {
            yield return record;
        }
    }
}
