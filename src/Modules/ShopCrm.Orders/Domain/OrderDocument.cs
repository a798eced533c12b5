namespace ShopCrm.Orders.Domain;

// An issued, numbered document of an order. The PDF is not stored: it is rendered again from Snapshot (JSON
// of everything printed, frozen when the document was issued) by deterministic code. A snapshot is a few
// kilobytes where the PDF with its embedded font is tens, and a later change of the order, the client or the
// company profile cannot alter a document that has been issued.
public sealed class OrderDocument
{
    public long Id { get; init; }

    public long OrderId { get; init; }

    public OrderDocumentType Type { get; init; }

    public required string Number { get; init; }

    // Set for a correction invoice: the invoice it corrects and the return that caused it, if any.
    public long? CorrectedDocumentId { get; init; }

    public long? OrderReturnId { get; init; }

    public DateTime IssuedAt { get; init; }

    public required string IssuedBy { get; init; }

    public string Currency { get; init; } = "PLN";

    public long NetMinor { get; init; }

    public long VatMinor { get; init; }

    public long GrossMinor { get; init; }

    public required string Snapshot { get; init; }

    public DateTime? LastSentAt { get; set; }
}
