using System.Text;
using ShopCrm.Core.Csv;

namespace ShopCrm.Tests.Core.Csv;

public sealed class CsvRoundTripTests
{
    [Fact]
    public async Task A_comma_separated_file_quotes_commas_and_keeps_semicolons_plain()
    {
        var output = new StringWriter();
        await new CsvWriter(output, ',').WriteRecordAsync(["a,b", "c;d", "e"]);

        Assert.Equal("\"a,b\",c;d,e\r\n", output.ToString());
        Assert.Equal(["a,b", "c;d", "e"], Assert.Single(CsvParser.Read(new StringReader(output.ToString()), ',')).Fields);
    }

    [Fact]
    public async Task A_written_file_starts_with_a_byte_order_mark_and_reads_back_with_Polish_letters_and_line_breaks()
    {
        using var stream = new MemoryStream();
        await using (var writer = new StreamWriter(stream, CsvWriter.Encoding, leaveOpen: true))
        {
            var csv = new CsvWriter(writer);
            await csv.WriteRecordAsync(["Nazwa", "Opis"]);
            await csv.WriteRecordAsync(["Żyłka", "pierwsza\ndruga"]);
        }

        Assert.Equal(Encoding.UTF8.GetPreamble(), stream.ToArray()[..3]);
        stream.Position = 0;
        var records = CsvParser.Read(stream, CsvFormat.Detect(stream)).ToList();

        Assert.Equal("Nazwa", records[0][0]);
        Assert.Equal(["Żyłka", "pierwsza\ndruga"], records[1].Fields);
        Assert.Equal(2, records[1].Line);
    }

    [Fact]
    public void Records_of_a_file_on_disk_skip_blank_lines_and_give_a_trimmed_header()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, " SKU ;Nazwa\r\nA;1\r\n;\r\n\r\nB;2\r\n", new UTF8Encoding(true));

            var (format, headers) = CsvFile.Header(path);
            var records = CsvFile.DataRecords(path).ToList();

            Assert.Equal(';', format.Separator);
            Assert.Equal(["SKU", "Nazwa"], headers);
            Assert.Equal([2, 5], records.Select(r => r.Line));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Amounts_in_files_use_a_decimal_comma_whatever_the_culture_of_the_machine() =>
        Assert.Equal(["1234,50", "-0,05", "0,00"], new[] { CsvWriter.Amount(123450), CsvWriter.Amount(-5), CsvWriter.Amount(0) });
}
