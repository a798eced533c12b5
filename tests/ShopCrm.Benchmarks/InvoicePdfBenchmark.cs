using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using ShopCrm.Core.Money;
using ShopCrm.Orders.Documents;
using ShopCrm.Orders.Domain;

namespace ShopCrm.Benchmarks;

// One invoice of twelve lines at 23% and 8% rendered from its snapshot (what a download or a sent mail
// costs), and a thousand of them one after another in one worker, as a nightly batch would run them.
// The batch reports the process's peak working set, which MemoryDiagnoser (allocations only) does not.
[MemoryDiagnoser]
[Config(typeof(MedianAndP95Config))]
public class InvoicePdfBenchmark
{
    private readonly OrderDocumentSnapshot invoice = Invoice(12);

    [Benchmark]
    public int OneInvoice() => OrderDocumentPdf.Render(invoice).Length;

    [Benchmark(OperationsPerInvoke = 1)]
    public long ThousandInvoicesInOneWorker()
    {
        long bytes = 0;
        for (var i = 0; i < 1000; i++)
        {
            bytes += OrderDocumentPdf.Render(invoice with { Number = $"FV/2026/{i + 1:D5}" }).Length;
        }

        Console.WriteLine($"// Peak working set after 1,000 invoices: {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MB");
        return bytes;
    }

    internal static OrderDocumentSnapshot Invoice(int lineCount)
    {
        var lines = Enumerable.Range(1, lineCount).Select(i =>
        {
            var rate = i % 3 == 0 ? 8 : 23;
            var quantity = 1 + i % 4;
            var unit = 1999L + i * 350;
            var net = unit * quantity;
            var vat = Vat.VatOf(new Money(net, "PLN"), rate).MinorUnits;
            return new DocumentLine(i, $"SKU-{i:D4}", $"Kołowrotek spinningowy Żółw {i} – Катушка", quantity, unit, rate, net, vat, net + vat);
        }).ToList();
        return new OrderDocumentSnapshot
        {
            Type = OrderDocumentType.Invoice,
            Number = "FV/2026/00001",
            OrderNumber = "ZAM/2026/00001",
            IssueDate = new DateOnly(2026, 3, 10),
            SaleDate = new DateOnly(2026, 3, 9),
            IssuePlace = "Gdańsk",
            Seller = new DocumentParty("Sklep Wędkarski Szczupak Sp. z o.o.", "ul. Żeglarska 12, 80-001 Gdańsk", "PL5840001122", "sklep@szczupak.test", "58 000 00 00"),
            Buyer = new DocumentParty("Przedsiębiorstwo Żółw", "ul. Piotrkowska 1, 90-001 Łódź", "PL7251234567", "biuro@zolw.test", null) { PersonName = "Иван Петров" },
            Currency = "PLN",
            Lines = lines,
            PaymentMethod = "przelew",
            DueDate = new DateOnly(2026, 3, 24),
            BankAccount = "PL61 1090 1014 0000 0712 1981 2874",
            IssuedBy = "manager",
        };
    }
}
