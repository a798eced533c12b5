using System.Globalization;
using System.Text.RegularExpressions;
using ShopCrm.Core.Pdf;

namespace ShopCrm.Tests.Core.Pdf;

public sealed class PdfDocumentBuilderTests
{
    private const string Polish = "Zażółć gęślą jaźń";
    private const string Czech = "Příliš žluťoučký kůň";
    private const string Russian = "Съешь же ещё";

    private static readonly PdfTableColumn[] OrderColumns =
    [
        new("No.", 1, PdfColumnAlignment.Right),
        new("Product", 5),
        new("Qty", 1, PdfColumnAlignment.Right),
        new("Price", 2, PdfColumnAlignment.Right),
    ];

    [Fact]
    public void Polish_Czech_and_Cyrillic_text_comes_back_intact()
    {
        var doc = new PdfDocumentBuilder("Faktura FV/2025/0001", "Sklep Żółw sp. z o.o.");
        doc.Heading(Polish);
        doc.Paragraph($"{Czech}. {Russian}.");
        doc.KeyValues([("Nabywca", "Jiří Dvořák"), ("Адрес", "Москва, ул. Тверская 1")]);
        doc.Table(OrderColumns, [["1", "Łódź gumowa", "2", "99,00"], ["2", "Матрёшка", "1", "45,50"]]);

        var text = PdfText.Extract(doc.ToBytes());

        foreach (var expected in new[]
        {
            Polish, Czech, Russian, "Sklep Żółw sp. z o.o.", "Faktura FV/2025/0001", "Jiří Dvořák",
            "Москва, ул. Тверская 1", "Łódź gumowa", "Матрёшка", "Page 1 of 1",
        })
        {
            Assert.Contains(expected, text);
        }
    }

    [Fact]
    public void A_long_table_runs_over_several_pages_with_page_numbers()
    {
        var doc = new PdfDocumentBuilder("Picking list PL/42", "Sklep Żółw");
        doc.Heading("Order ZAM/2025/0042");
        doc.Table(OrderColumns, Enumerable.Range(1, 200).Select(Row).ToList());

        var pdf = doc.ToBytes();
        var pages = PdfText.ExtractPages(pdf);

        Assert.Equal(PdfText.PageCount(pdf), pages.Count);
        Assert.InRange(pages.Count, 3, 10);
        for (var i = 0; i < pages.Count; i++)
        {
            Assert.Matches(@"No\.\s+Product\s+Qty\s+Price", pages[i]);
            Assert.Contains($"Page {i + 1} of {pages.Count}", pages[i]);
            Assert.Contains("Sklep Żółw", pages[i]);
            Assert.Contains("Picking list PL/42", pages[i]);
        }

        // Every row is printed once, in order, and none is lost at a page break.
        var printed = Regex.Matches(string.Join("\n", pages), @"SKU-\d{4}").Select(m => m.Value).ToList();
        Assert.Equal(Enumerable.Range(1, 200).Select(n => $"SKU-{n:D4}"), printed);
    }

    [Fact]
    public void Long_paragraphs_wrap_onto_more_lines_and_flow_onto_the_next_page()
    {
        var words = Enumerable.Range(1, 1500).Select(n => $"słowo{n}").ToList();
        var doc = new PdfDocumentBuilder("Regulamin", "Sklep Żółw");
        doc.Paragraph(string.Join(' ', words));

        var pdf = doc.ToBytes();
        var pages = PdfText.ExtractPages(pdf);
        var text = string.Join("\n", pages);

        Assert.True(pages.Count >= 2, $"Expected the paragraph to need two pages, got {pages.Count}.");
        Assert.Equal(words, Regex.Matches(text, @"słowo\d+").Select(m => m.Value));
        var longestLine = text.Split('\n').Max(line => line.Trim().Length);
        Assert.True(longestLine < 130, $"A line of {longestLine} characters did not wrap.");
    }

    [Fact]
    public void A_word_wider_than_its_column_is_cut_instead_of_running_over()
    {
        const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        var doc = new PdfDocumentBuilder("Zamówienie", "Sklep");
        doc.Table([new("Narrow", 1), new("Wide", 9)], [[Alphabet, ""]]);

        var text = PdfText.Extract(doc.ToBytes());

        Assert.DoesNotContain(Alphabet, text);
        Assert.Contains(Alphabet, Regex.Replace(text, @"\s", ""));
    }

    [Fact]
    public void A_long_company_line_is_shortened_so_the_title_stays_readable()
    {
        var company = "Sklep Żółw sp. z o.o., " + string.Join(", ", Enumerable.Range(1, 20).Select(n => $"oddział {n}"));
        var doc = new PdfDocumentBuilder("Faktura FV/2025/0001", company);

        var header = PdfText.Extract(doc.ToBytes()).Split('\n')[0];

        Assert.StartsWith("Sklep Żółw sp. z o.o.", header);
        Assert.Contains("…", header);
        Assert.EndsWith("Faktura FV/2025/0001", header.TrimEnd());
    }

    [Fact]
    public void Right_aligned_columns_end_at_the_same_place()
    {
        var doc = new PdfDocumentBuilder("Faktura", "Sklep");
        doc.Table(OrderColumns, [["1", "A", "1", "1,00"], ["2", "B", "12", "1 234,56"], ["3", "C", "123", "99 999,99"]]);

        var lines = PdfText.Extract(doc.ToBytes()).Split('\n').Where(l => Regex.IsMatch(l, @"\d,\d\d\s*$")).ToList();

        Assert.Equal(3, lines.Count);
        Assert.Single(lines.Select(l => l.TrimEnd().Length).Distinct());
    }

    [Fact]
    public void An_empty_document_still_has_one_page_with_header_and_footer()
    {
        var pdf = new PdfDocumentBuilder("Pusty", "Sklep Żółw").ToBytes();

        var text = PdfText.Extract(pdf);

        Assert.Equal(1, PdfText.PageCount(pdf));
        Assert.Contains("Sklep Żółw", text);
        Assert.Contains("Page 1 of 1", text);
    }

    [Fact]
    public void The_page_number_text_can_be_translated()
    {
        var doc = new PdfDocumentBuilder("Faktura", "Sklep") { PageNumberFormat = "Strona {0} z {1}" };
        doc.PageBreak();
        doc.Paragraph("pierwsza");
        doc.PageBreak();
        doc.Paragraph("druga");

        var pages = PdfText.ExtractPages(doc.ToBytes());

        Assert.Equal(2, pages.Count);
        Assert.Contains("Strona 1 z 2", pages[0]);
        Assert.Contains("Strona 2 z 2", pages[1]);
    }

    [Fact]
    public void A6_pages_have_the_size_of_a_gift_card()
    {
        var doc = new PdfDocumentBuilder("Karta podarunkowa", "Sklep Żółw", PdfPageLayout.A6);
        doc.Heading("Karta podarunkowa 200,00 zł");
        doc.KeyValues([("Kod", "GC-7Q2M-XK4P"), ("Ważna do", "2026-12-31")]);

        var pdf = doc.ToBytes();
        var size = Regex.Match(PdfText.Info(pdf)["Page size"], @"([\d.]+) x ([\d.]+) pts");

        Assert.Equal(297.6, double.Parse(size.Groups[1].Value, CultureInfo.InvariantCulture), 0.5);
        Assert.Equal(419.5, double.Parse(size.Groups[2].Value, CultureInfo.InvariantCulture), 0.5);
        Assert.Contains("GC-7Q2M-XK4P", PdfText.Extract(pdf));
    }

    [Fact]
    public void Saving_twice_gives_the_same_pages_and_adding_afterwards_is_refused()
    {
        var doc = new PdfDocumentBuilder("Faktura", "Sklep");
        doc.Paragraph(Polish);

        var first = doc.ToBytes();
        using var second = new MemoryStream();
        doc.Save(second);

        Assert.Equal(PdfText.Extract(first), PdfText.Extract(second.ToArray()));
        Assert.Throws<InvalidOperationException>(() => doc.Paragraph("more"));
    }

    [Fact]
    public void Rows_must_have_a_cell_for_every_column()
    {
        var doc = new PdfDocumentBuilder("Faktura", "Sklep");

        Assert.Throws<ArgumentException>(() => doc.Table(OrderColumns, [["1", "only two"]]));
    }

    [Fact]
    public void Documents_can_be_made_on_many_threads_at_once()
    {
        var pdfs = new byte[16][];

        Parallel.For(0, pdfs.Length, i =>
        {
            var doc = new PdfDocumentBuilder($"Faktura {i}", "Sklep Żółw");
            doc.Paragraph($"{Russian} {i}");
            pdfs[i] = doc.ToBytes();
        });

        for (var i = 0; i < pdfs.Length; i++)
        {
            Assert.Contains($"{Russian} {i}", PdfText.Extract(pdfs[i]));
        }
    }

    private static string[] Row(int n) =>
        [n.ToString(CultureInfo.InvariantCulture), $"SKU-{n:D4} Produkt żółty nr {n}", (n % 7 + 1).ToString(CultureInfo.InvariantCulture), $"{n},99"];
}
