using ShopCrm.Core.Formatting;
using ShopCrm.Core.Pdf;

namespace ShopCrm.Orders.Documents;

// The warehouse's list for one order or for every order in assembly: per warehouse, sorted by SKU so the
// picker walks the shelves once, with the order each unit goes to and a box to tick.
public static class PickingListPdf
{

    public static byte[] Render(string title, string shopName, DateTime printedAtLocal, IReadOnlyList<PickingListLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var pdf = new PdfDocumentBuilder(title, shopName) { PageNumberFormat = "Strona {0} z {1}" };
        pdf.Heading(title);
        pdf.KeyValues(
        [
            ("Wydrukowano", DocumentFormat.DateTime(printedAtLocal)),
            ("Zamówienia", DocumentFormat.Number(lines.Select(l => l.OrderNumber).Distinct().Count())),
            ("Sztuk razem", DocumentFormat.Count(lines.Sum(l => l.Quantity))),
        ]);
        if (lines.Count == 0)
        {
            pdf.Paragraph("Brak pozycji do skompletowania.");
        }

        foreach (var warehouse in lines.GroupBy(l => l.Warehouse).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            pdf.Heading($"Magazyn: {warehouse.Key}");
            pdf.Table(
            [
                new("Zebrano", 0.8, PdfColumnAlignment.Center),
                new("Indeks", 1.4),
                new("Nazwa", 4),
                new("Ilość", 0.9, PdfColumnAlignment.Right),
                new("Zamówienie", 1.8),
            ], warehouse.OrderBy(l => l.Sku, StringComparer.Ordinal).ThenBy(l => l.OrderNumber, StringComparer.Ordinal).Select(l => (IReadOnlyList<string>)
            [
                "[   ]",
                l.Sku,
                l.OnBackorder ? $"{l.Name} (brak, zamówienie oczekujące)" : l.Name,
                DocumentFormat.Count(l.Quantity),
                l.OrderNumber,
            ]));
        }

        return pdf.ToBytes();
    }
}
