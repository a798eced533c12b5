using ShopCrm.Core.Formatting;
using ShopCrm.Core.Money;
using ShopCrm.Core.Pdf;
using ShopCrm.Orders.Domain;

namespace ShopCrm.Orders.Documents;

// Invoice, correction invoice, delivery note and act of service acceptance, in Polish, drawn only from the
// snapshot: the same snapshot gives the same document every time it is downloaded or sent.
public static class OrderDocumentPdf
{

    public static byte[] Render(OrderDocumentSnapshot document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var title = $"{TitleOf(document.Type)} {document.Number}";
        var pdf = new PdfDocumentBuilder(title, document.Seller.Name) { PageNumberFormat = "Strona {0} z {1}" };
        pdf.Heading(title);
        pdf.KeyValues(Dates(document));
        Parties(pdf, document);
        switch (document.Type)
        {
            case OrderDocumentType.Invoice:
                InvoiceLines(pdf, document);
                Payment(pdf, document);
                break;
            case OrderDocumentType.CorrectionInvoice:
                CorrectionLines(pdf, document);
                break;
            case OrderDocumentType.DeliveryNote:
                QuantityLines(pdf, document, "Wydano");
                Signatures(pdf, "Wydał", "Odebrał");
                break;
            case OrderDocumentType.ServiceAcceptance:
                pdf.Paragraph($"Strony potwierdzają, że przedmiot zamówienia {document.OrderNumber} został wykonany i przekazany zgodnie z zamówieniem, bez zastrzeżeń.");
                QuantityLines(pdf, document, "Przyjęto");
                Signatures(pdf, "Przekazujący", "Przyjmujący");
                break;
        }

        pdf.Paragraph($"Dokument wystawił(a): {document.IssuedBy}.");
        return pdf.ToBytes();
    }

    public static string TitleOf(OrderDocumentType type) => type switch
    {
        OrderDocumentType.Invoice => "Faktura VAT",
        OrderDocumentType.CorrectionInvoice => "Faktura korygująca",
        OrderDocumentType.DeliveryNote => "Wydanie zewnętrzne (WZ)",
        OrderDocumentType.ServiceAcceptance => "Protokół odbioru",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    public static string FileName(OrderDocumentType type, string number) => type switch
    {
        OrderDocumentType.Invoice => "faktura",
        OrderDocumentType.CorrectionInvoice => "korekta",
        OrderDocumentType.DeliveryNote => "wz",
        _ => "protokol-odbioru",
    } + "-" + number.Replace('/', '-') + ".pdf";

    internal static string Amount(long minor, string currency) => DocumentFormat.Money(minor, currency);

    private static IEnumerable<(string, string)> Dates(OrderDocumentSnapshot document)
    {
        yield return ("Data wystawienia", Date(document.IssueDate));
        if (document.Type is OrderDocumentType.Invoice or OrderDocumentType.CorrectionInvoice)
        {
            yield return ("Data sprzedaży", Date(document.SaleDate));
        }

        if (!string.IsNullOrWhiteSpace(document.IssuePlace))
        {
            yield return ("Miejsce wystawienia", document.IssuePlace);
        }

        yield return ("Zamówienie", document.OrderNumber);
        if (document.CorrectedNumber is not null)
        {
            yield return ("Dotyczy faktury", $"{document.CorrectedNumber} z dnia {Date(document.CorrectedIssueDate!.Value)}");
            yield return ("Przyczyna korekty", document.Reason ?? "zwrot towaru");
        }

        if (document.Carrier is not null)
        {
            yield return ("Przewoźnik", $"{document.Carrier} {document.TrackingNumber}".Trim());
        }
    }

    private static void Parties(PdfDocumentBuilder pdf, OrderDocumentSnapshot document)
    {
        var buyerHeading = document.Type is OrderDocumentType.DeliveryNote or OrderDocumentType.ServiceAcceptance ? "Odbiorca" : "Nabywca";
        pdf.Heading("Sprzedawca");
        pdf.KeyValues(Party(document.Seller));
        pdf.Heading(buyerHeading);
        pdf.KeyValues(Party(document.Buyer));
        if (document.DeliveryAddress is not null && document.Type is OrderDocumentType.DeliveryNote)
        {
            pdf.KeyValues([("Adres dostawy", document.DeliveryAddress)]);
        }
    }

    private static IEnumerable<(string, string)> Party(DocumentParty party)
    {
        var pairs = new (string Key, string? Value)[]
        {
            ("Nazwa", party.Name),
            ("Osoba", party.PersonName),
            ("Adres", party.Address),
            ("NIP", party.VatId),
            ("E-mail", party.Email),
            ("Telefon", party.Phone),
        };
        return pairs.Where(p => !string.IsNullOrWhiteSpace(p.Value)).Select(p => (p.Key, p.Value!));
    }

    private static void InvoiceLines(PdfDocumentBuilder pdf, OrderDocumentSnapshot document)
    {
        pdf.Heading("Pozycje");
        pdf.Table(AmountColumns(document.PriceBasis), document.Lines.Select(l => AmountRow(l, document.PriceBasis, document.Currency)));
        VatBreakdown(pdf, document.Lines, document.PriceBasis, document.Currency, "Razem do zapłaty");
    }

    private static void CorrectionLines(PdfDocumentBuilder pdf, OrderDocumentSnapshot document)
    {
        pdf.Heading("Przed korektą");
        pdf.Table(AmountColumns(document.PriceBasis), document.Corrections.Select(c => AmountRow(c.Before, document.PriceBasis, document.Currency)));
        pdf.Heading("Po korekcie");
        pdf.Table(AmountColumns(document.PriceBasis), document.Corrections.Select(c => AmountRow(c.After, document.PriceBasis, document.Currency)));
        pdf.Heading("Różnica");
        var differences = document.Corrections.Select(Difference).ToList();
        pdf.Table(AmountColumns(document.PriceBasis), differences.Select(l => AmountRow(l, document.PriceBasis, document.Currency)));
        var gross = differences.Sum(d => d.GrossMinor);
        VatBreakdown(pdf, differences, document.PriceBasis, document.Currency, gross < 0 ? "Razem do zwrotu" : "Razem do zapłaty");
    }

    private static DocumentLine Difference(CorrectionLine line) => new(
        line.Position,
        line.Sku,
        line.Name,
        line.After.Quantity - line.Before.Quantity,
        line.After.UnitNetMinor,
        line.VatRatePercent,
        line.After.NetMinor - line.Before.NetMinor,
        line.After.VatMinor - line.Before.VatMinor,
        line.After.GrossMinor - line.Before.GrossMinor,
        line.After.UnitGrossMinor);

    // A document priced from the gross prints the unit gross price, from which its lines were multiplied.
    private static PdfTableColumn[] AmountColumns(PriceBasis basis) =>
    [
        new("Lp.", 0.5, PdfColumnAlignment.Right),
        new("Nazwa", 4),
        new("Ilość", 0.9, PdfColumnAlignment.Right),
        new(basis == PriceBasis.Gross ? "Cena brutto" : "Cena netto", 1.4, PdfColumnAlignment.Right),
        new("VAT", 0.7, PdfColumnAlignment.Right),
        new("Wartość netto", 1.5, PdfColumnAlignment.Right),
        new("Kwota VAT", 1.4, PdfColumnAlignment.Right),
        new("Wartość brutto", 1.5, PdfColumnAlignment.Right),
    ];

    private static IReadOnlyList<string> AmountRow(DocumentLine line, PriceBasis basis, string currency) =>
    [
        DocumentFormat.Number(line.Position),
        $"{line.Name} ({line.Sku})",
        DocumentFormat.Count(line.Quantity) + " szt.",
        Amount(basis == PriceBasis.Gross ? line.UnitGrossMinor : line.UnitNetMinor, currency),
        DocumentFormat.Number(line.VatRatePercent) + "%",
        Amount(line.NetMinor, currency),
        Amount(line.VatMinor, currency),
        Amount(line.GrossMinor, currency),
    ];

    public static string VatMethod(PriceBasis basis) => basis == PriceBasis.Gross ? "VAT liczony od brutto" : "VAT liczony od netto";

    private static void VatBreakdown(PdfDocumentBuilder pdf, IReadOnlyList<DocumentLine> lines, PriceBasis basis, string currency, string payableLabel)
    {
        pdf.Heading("Zestawienie VAT");
        pdf.Paragraph(VatMethod(basis) + ".");
        var rates = lines.GroupBy(l => l.VatRatePercent).OrderByDescending(g => g.Key)
            .Select(g => (IReadOnlyList<string>)
            [
                DocumentFormat.Number(g.Key) + "%",
                Amount(g.Sum(l => l.NetMinor), currency),
                Amount(g.Sum(l => l.VatMinor), currency),
                Amount(g.Sum(l => l.GrossMinor), currency),
            ])
            .Append(
            [
                "Razem",
                Amount(lines.Sum(l => l.NetMinor), currency),
                Amount(lines.Sum(l => l.VatMinor), currency),
                Amount(lines.Sum(l => l.GrossMinor), currency),
            ]);
        pdf.Table(
        [
            new("Stawka", 1),
            new("Netto", 1.5, PdfColumnAlignment.Right),
            new("VAT", 1.5, PdfColumnAlignment.Right),
            new("Brutto", 1.5, PdfColumnAlignment.Right),
        ], rates);
        pdf.KeyValues(
        [
            ("Razem netto", Amount(lines.Sum(l => l.NetMinor), currency)),
            ("Razem VAT", Amount(lines.Sum(l => l.VatMinor), currency)),
            (payableLabel, Amount(Math.Abs(lines.Sum(l => l.GrossMinor)), currency)),
        ]);
    }

    private static void Payment(PdfDocumentBuilder pdf, OrderDocumentSnapshot document)
    {
        var pairs = new List<(string, string)> { ("Sposób płatności", document.PaymentMethod ?? "") };
        if (document.Paid)
        {
            pairs.Add(("Status", "zapłacono"));
        }
        else if (document.DueDate is { } due)
        {
            pairs.Add(("Termin płatności", Date(due)));
        }

        if (!document.Paid && !string.IsNullOrWhiteSpace(document.BankAccount))
        {
            pairs.Add(("Numer konta", document.BankAccount));
        }

        pdf.KeyValues(pairs);
    }

    private static void QuantityLines(PdfDocumentBuilder pdf, OrderDocumentSnapshot document, string quantityHeader)
    {
        pdf.Heading("Pozycje");
        pdf.Table(
        [
            new("Lp.", 0.5, PdfColumnAlignment.Right),
            new("Indeks", 1.5),
            new("Nazwa", 5),
            new(quantityHeader, 1.2, PdfColumnAlignment.Right),
        ], document.Lines.Select(l => (IReadOnlyList<string>)
        [
            DocumentFormat.Number(l.Position),
            l.Sku,
            l.Name,
            DocumentFormat.Count(l.Quantity) + " szt.",
        ]));
        pdf.KeyValues([("Liczba sztuk", DocumentFormat.Count(document.Lines.Sum(l => l.Quantity)))]);
    }

    private static void Signatures(PdfDocumentBuilder pdf, string left, string right)
    {
        pdf.Spacer(15);
        pdf.Table([new(left), new(right)], [["\n\n\n", "\n\n\n"]]);
        pdf.Paragraph("Podpisy osób upoważnionych.");
    }

    private static string Date(DateOnly date) => DocumentFormat.Date(date);
}
