using System.Text;
using ShopCrm.Catalog.Contracts;
using ShopCrm.Catalog.Services;
using ShopCrm.Core.Csv;

namespace ShopCrm.Tests.Catalog;

public sealed class CsvParserTests
{
    private static List<CsvRecord> Parse(string text, char separator = ';') => CsvParser.Read(new StringReader(text), separator).ToList();

    [Fact]
    public void Quoted_fields_keep_separators_doubled_quotes_and_line_breaks_and_records_know_their_first_line()
    {
        var records = Parse("SKU;Nazwa;Opis\r\nW-1;\"Wędka \"\"Pike\"\" 2,40 m; 10-30 g\";\"pierwsza\r\ndruga\"\nW-2;Kołowrotek;\n");

        Assert.Equal(3, records.Count);
        Assert.Equal(["W-1", "Wędka \"Pike\" 2,40 m; 10-30 g", "pierwsza\r\ndruga"], records[1].Fields);
        Assert.Equal(2, records[1].Line);
        Assert.Equal(4, records[2].Line);
        Assert.Equal(["W-2", "Kołowrotek", ""], records[2].Fields);
    }

    [Fact]
    public void A_last_line_without_a_line_break_and_empty_fields_are_read()
    {
        var records = Parse("a,b,c\r\n,,\r\n\r\nx,\"\",z", ',');

        Assert.Equal(["", "", ""], records[1].Fields);
        Assert.True(records[1].IsBlank);
        Assert.Equal(["x", "", "z"], records[2].Fields);
        Assert.Equal(4, records[2].Line);
    }

    [Fact]
    public void A_stray_quote_inside_an_unquoted_field_is_kept_as_text()
    {
        var records = Parse("Żyłka 0,25\" mono;12,50");

        Assert.Equal(["Żyłka 0,25\" mono", "12,50"], records[0].Fields);
    }

    [Theory]
    [InlineData("SKU;Nazwa;Cena netto\nA;\"x,y\";1,50\n", ';')]
    [InlineData("SKU,Nazwa,Cena netto\nA,\"x;y\",\"1,50\"\n", ',')]
    [InlineData("\"SKU;1\",Nazwa,Cena\n", ',')]
    public void The_separator_is_detected_from_the_header_outside_quotes(string text, char expected)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));

        Assert.Equal(expected, CsvFormat.Detect(stream).Separator);
    }

    [Fact]
    public void UTF8_with_a_byte_order_mark_and_Windows_1250_are_both_read_with_Polish_letters()
    {
        const string text = "Nazwa;Marka\nŻyłka spławikowa;Jaxon\n";
        var windows1250 = CodePagesEncodingProvider.Instance.GetEncoding(1250)!;
        foreach (var bytes in new[] { Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray(), Encoding.UTF8.GetBytes(text), windows1250.GetBytes(text) })
        {
            using var stream = new MemoryStream(bytes);
            var format = CsvFormat.Detect(stream);
            var records = CsvParser.Read(stream, format).ToList();

            Assert.Equal("Nazwa", records[0][0]);
            Assert.Equal("Żyłka spławikowa", records[1][0]);
        }

        using var ansi = new MemoryStream(windows1250.GetBytes(text));
        Assert.Equal("Windows-1250", CsvFormat.Detect(ansi).EncodingName);
    }

    [Fact]
    public async Task What_the_writer_quotes_the_parser_reads_back_unchanged()
    {
        string?[] fields = ["W;1", "Wędka \"Pike\"", "dwie\r\nlinie", " spacja", "", null, "zwykły"];
        var output = new StringWriter();
        await new CsvWriter(output).WriteRecordAsync(fields);

        var record = Assert.Single(Parse(output.ToString()));

        Assert.Equal(fields.Select(f => f ?? ""), record.Fields);
    }

    [Theory]
    [InlineData("5901234123457", true)]
    [InlineData("5901234123458", false)]
    [InlineData("96385074", true)]
    [InlineData("036000291452", true)]
    public void EAN_check_digits(string ean, bool valid) => Assert.Equal(valid, ImportValues.HasValidCheckDigit(ean));

    [Theory]
    [InlineData("1 234,56 zł", 123456)]
    [InlineData("1.234,56", 123456)]
    [InlineData("1,234.56", 123456)]
    [InlineData("19,9", 1990)]
    [InlineData("7", 700)]
    public void Amounts_are_read_as_Polish_spreadsheets_write_them(string text, long minor)
    {
        var errors = new List<string>();

        Assert.Equal(minor, ImportValues.Money(text, "Price", errors));
        Assert.Empty(errors);
    }

    [Fact]
    public void Headers_in_Polish_and_English_are_mapped_to_fields()
    {
        var map = ImportFields.Guess(ShopCrm.Catalog.Domain.ImportKind.Models, ["Kod producenta", "Nazwa", "Cena netto", "Stawka VAT", "Marka", "Kategoria", "Waga (g)", "Uwagi"]);

        Assert.Equal(0, map[ImportFields.Sku]);
        Assert.Equal(1, map[ImportFields.Name]);
        Assert.Equal(2, map[ImportFields.NetPrice]);
        Assert.Equal(3, map[ImportFields.VatRate]);
        Assert.Equal(4, map[ImportFields.Brand]);
        Assert.Equal(5, map[ImportFields.Category]);
        Assert.Equal(6, map[ImportFields.Weight]);
        Assert.Equal(7, map.Count);
        Assert.Equal("zylka splawikowa 0 25 mm", ProductNames.Normalize("Żyłka spławikowa, 0.25 mm!"));
    }

    [Theory]
    [InlineData("models.csv", ShopCrm.Catalog.Domain.ImportKind.Models, 12)]
    [InlineData("price-list.csv", ShopCrm.Catalog.Domain.ImportKind.PriceList, 8)]
    public void The_sample_files_of_the_user_guide_have_every_column_recognised(string file, ShopCrm.Catalog.Domain.ImportKind kind, int columns)
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(folder!.FullName, "ShopCrm.sln")))
        {
            folder = folder.Parent;
        }

        using var stream = File.OpenRead(Path.Combine(folder.FullName, "docs", "samples", file));
        var records = CsvParser.Read(stream, CsvFormat.Detect(stream)).ToList();

        Assert.Equal(columns, ImportFields.Guess(kind, records[0].Fields).Count);
        Assert.All(records, r => Assert.Equal(columns, r.Fields.Count));
        Assert.Equal(4, records.Count);
    }
}
