using ShopCrm.Core.Money;
using ShopCrm.Orders.Domain;

namespace ShopCrm.Orders.Documents;

// Everything a document prints, frozen when it is issued and stored as JSON with it. Dates are the shop's
// local calendar dates.
public sealed record OrderDocumentSnapshot
{
    public required OrderDocumentType Type { get; init; }

    public required string Number { get; init; }

    public required string OrderNumber { get; init; }

    public required DateOnly IssueDate { get; init; }

    public required DateOnly SaleDate { get; init; }

    public string? IssuePlace { get; init; }

    public required DocumentParty Seller { get; init; }

    public required DocumentParty Buyer { get; init; }

    public string? DeliveryAddress { get; init; }

    public required string Currency { get; init; }

    // How the VAT of the lines was computed; snapshots made before it was kept are from the net, as their orders were.
    public PriceBasis PriceBasis { get; init; }

    public IReadOnlyList<DocumentLine> Lines { get; init; } = [];

    public IReadOnlyList<CorrectionLine> Corrections { get; init; } = [];

    public string? PaymentMethod { get; init; }

    public DateOnly? DueDate { get; init; }

    public bool Paid { get; init; }

    public string? BankAccount { get; init; }

    public string? CorrectedNumber { get; init; }

    public DateOnly? CorrectedIssueDate { get; init; }

    public string? Reason { get; init; }

    public string? Carrier { get; init; }

    public string? TrackingNumber { get; init; }

    // The name of the person who issued the document (the login only when no name is known).
    public string IssuedBy { get; init; } = "";
}
