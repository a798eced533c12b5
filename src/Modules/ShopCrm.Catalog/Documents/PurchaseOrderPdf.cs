using ShopCrm.Core.Formatting;
using ShopCrm.Core.Pdf;

namespace ShopCrm.Catalog.Documents;

// The order the shop sends its supplier, in Polish: the shop as buyer, the supplier, the lines with the
// supplier's own codes (what the supplier's staff look up) and the net totals at the agreed purchase prices.
internal static class PurchaseOrderPdf
{

    public static byte[] Render(PurchaseOrderDocument order)
    {
        ArgumentNullException.ThrowIfNull(order);
        var buyer = order.Buyer;
        var pdf = new PdfDocumentBuilder($"Zamówienie {order.Number}", buyer.Name) { PageNumberFormat = "Strona {0} z {1}" };
        pdf.Heading($"Zamówienie do dostawcy {order.Number}");
        pdf.KeyValues(
        [
            ("Data zamówienia", DocumentFormat.Date(order.Date)),
            ("Oczekiwany termin dostawy", order.LeadTimeDays > 0 ? $"{DocumentFormat.Date(order.Date.AddDays(order.LeadTimeDays))} ({order.LeadTimeDays} dni)" : "do uzgodnienia"),
        ]);

        pdf.Heading("Zamawiający");
        pdf.KeyValues(
        [
            ("Firma", buyer.Name),
            ("Adres", $"{buyer.Street}, {buyer.PostalCode} {buyer.City}"),
            ("NIP", buyer.VatId),
            ("E-mail", buyer.Email),
            ("Telefon", buyer.Phone),
        ]);

        pdf.Heading("Dostawca");
        pdf.KeyValues(new (string, string?)[]
        {
            ("Firma", order.SupplierName),
            ("Osoba kontaktowa", order.SupplierContact),
            ("E-mail", order.SupplierEmail),
            ("Telefon", order.SupplierPhone),
        }.Where(p => !string.IsNullOrWhiteSpace(p.Item2)).Select(p => (p.Item1, p.Item2!)));

        pdf.Heading("Pozycje");
        var total = 0L;
        var unpriced = 0;
        var rows = new List<IReadOnlyList<string>>();
        var number = 0;
        foreach (var line in order.Lines)
        {
            number++;
            var value = line.PurchasePriceMinor * line.Quantity;
            total += value ?? 0;
            unpriced += value is null ? 1 : 0;
            rows.Add(
            [
                DocumentFormat.Number(number),
                line.SupplierCode ?? "—",
                $"{line.Name} ({line.Sku})",
                DocumentFormat.Count(line.Quantity) + " szt.",
                Amount(line.PurchasePriceMinor, order.Currency),
                Amount(value, order.Currency),
            ]);
        }

        pdf.Table(
        [
            new("Lp.", 0.5, PdfColumnAlignment.Right),
            new("Kod dostawcy", 1.6),
            new("Nazwa (nasz indeks)", 4),
            new("Ilość", 1.2, PdfColumnAlignment.Right),
            new("Cena netto", 1.5, PdfColumnAlignment.Right),
            new("Wartość netto", 1.6, PdfColumnAlignment.Right),
        ], rows);

        pdf.KeyValues(
        [
            ("Liczba pozycji", DocumentFormat.Number(order.Lines.Count)),
            ("Liczba sztuk", DocumentFormat.Count(order.Lines.Sum(l => l.Quantity))),
            ("Razem netto", Amount(total, order.Currency)),
        ]);
        if (unpriced > 0)
        {
            pdf.Paragraph($"Pozycje bez ceny ({unpriced}): prosimy o podanie ceny w potwierdzeniu zamówienia.");
        }

        pdf.Paragraph("Ceny netto, według ostatniego cennika dostawcy. Prosimy o potwierdzenie zamówienia i terminu dostawy na adres e-mail zamawiającego.");
        if (!string.IsNullOrWhiteSpace(order.Notes))
        {
            pdf.Heading("Uwagi");
            pdf.Paragraph(order.Notes);
        }

        return pdf.ToBytes();
    }

    public static string FileName(string number) => $"zamowienie-{number.Replace('/', '-')}.pdf";

    private static string Amount(long? minor, string currency) =>
        minor is { } value ? DocumentFormat.Money(value, currency) : "—";
}
