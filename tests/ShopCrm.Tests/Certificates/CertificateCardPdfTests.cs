using System.Globalization;
using System.Text.RegularExpressions;
using ShopCrm.Certificates.Documents;
using ShopCrm.Tests.Core.Pdf;

namespace ShopCrm.Tests.Certificates;

public sealed class CertificateCardPdfTests
{
    private static readonly CertificateCard Birthday = new(
        ShopName: "Sklep Żółw",
        ShopWebsite: "www.sklep-zolw.pl",
        SeriesName: "Karta podarunkowa",
        Code: "K7M2-9XQ4-B8TZ-3HWR",
        Value: "200,00 zł",
        ValidUntil: new DateOnly(2026, 12, 31),
        RecipientName: "Zofia Wójcik",
        PersonalMessage: "Wszystkiego najlepszego z okazji urodzin!",
        Conditions: "Karta nie podlega wymianie na gotówkę.");

    [Fact]
    public void A_card_shows_its_code_value_recipient_message_and_expiry_date()
    {
        var text = PdfText.Extract(CertificateCardPdf.Render(Birthday));

        Assert.Contains("K7M2-9XQ4-B8TZ-3HWR", text);
        Assert.Contains("200,00 zł", text);
        Assert.Contains("for Zofia Wójcik", text);
        Assert.Contains("Wszystkiego najlepszego z okazji urodzin!", text);
        Assert.Contains("Valid until 31.12.2026", text);
    }

    [Fact]
    public void Polish_shop_series_and_conditions_text_comes_back_intact()
    {
        var text = PdfText.Extract(CertificateCardPdf.Render(Birthday));

        Assert.Contains("Sklep Żółw", text);
        Assert.Contains("Karta podarunkowa", text);
        Assert.Contains("Karta nie podlega wymianie na gotówkę.", text);
        Assert.Contains("www.sklep-zolw.pl", text);
    }

    [Fact]
    public void A_code_stored_without_dashes_is_printed_in_groups_of_four()
    {
        var text = PdfText.Extract(CertificateCardPdf.Render(Birthday with { Code = "k7m29xq4b8tz3hwr" }));

        Assert.Contains("K7M2-9XQ4-B8TZ-3HWR", text);
    }

    [Fact]
    public void A_batch_prints_one_card_per_page_each_with_its_own_code()
    {
        string[] codes = ["AAAA-1111-BBBB-2222", "CCCC-3333-DDDD-4444", "EEEE-5555-FFFF-6666"];
        var pdf = CertificateCardPdf.RenderMany(codes.Select(code => Birthday with { Code = code }));

        var pages = PdfText.ExtractPages(pdf);

        Assert.Equal(3, PdfText.PageCount(pdf));
        Assert.Equal(3, pages.Count);
        for (var i = 0; i < codes.Length; i++)
        {
            Assert.Contains(codes[i], pages[i]);
            Assert.All(codes.Where((_, other) => other != i), code => Assert.DoesNotContain(code, pages[i]));
        }
    }

    [Fact]
    public void Every_page_is_a_portrait_A6_card()
    {
        var pdf = CertificateCardPdf.RenderMany([Birthday, Birthday with { Code = "ZZZZ-9999-YYYY-8888" }]);

        // pdfinfo: "297.638 x 419.528 pts (A6)"; A6 is 105 x 148 mm.
        var size = Regex.Match(PdfText.Info(pdf)["Page size"], @"^([\d.]+) x ([\d.]+) pts");
        Assert.True(size.Success, PdfText.Info(pdf)["Page size"]);
        var width = double.Parse(size.Groups[1].Value, CultureInfo.InvariantCulture) * 25.4 / 72;
        var height = double.Parse(size.Groups[2].Value, CultureInfo.InvariantCulture) * 25.4 / 72;
        Assert.Equal(105, width, 0.5);
        Assert.Equal(148, height, 0.5);
        Assert.Equal(2, PdfText.PageCount(pdf));
    }

    [Fact]
    public void A_long_personal_message_is_cut_with_an_ellipsis_instead_of_running_into_the_code()
    {
        var message = string.Join(' ', Enumerable.Repeat("Sto lat, sto lat, niech żyje, żyje nam!", 12)) + " KONIEC";

        var text = PdfText.Extract(CertificateCardPdf.Render(Birthday with { PersonalMessage = message }));

        Assert.Contains("Sto lat, sto lat", text);
        Assert.Contains("…", text);
        Assert.DoesNotContain("KONIEC", text);
        Assert.Contains("K7M2-9XQ4-B8TZ-3HWR", text);
    }

    [Fact]
    public void A_card_without_recipient_or_message_still_shows_value_code_and_date()
    {
        var text = PdfText.Extract(CertificateCardPdf.Render(Birthday with { RecipientName = null, PersonalMessage = " " }));

        Assert.Contains("200,00 zł", text);
        Assert.Contains("K7M2-9XQ4-B8TZ-3HWR", text);
        Assert.Contains("Valid until 31.12.2026", text);
        Assert.DoesNotContain("for ", text);
    }

    [Fact]
    public void An_empty_batch_is_refused_rather_than_printed_as_a_blank_document()
    {
        Assert.Throws<ArgumentException>(() => CertificateCardPdf.RenderMany([]));
    }
}
