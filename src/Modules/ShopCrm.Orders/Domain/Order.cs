using ShopCrm.Core.Auditing;
using ShopCrm.Core.Money;
using ShopCrm.Orders.Contracts;

namespace ShopCrm.Orders.Domain;

// One order from any channel. The customer's name and contacts are copied onto the order: a one-time
// customer has no client record, and an invoice must show what was true on the day.
// Amounts are minor units: NetMinor/VatMinor/GrossMinor after all discounts; the gift card pays part of
// the gross, so the customer still owes PayableMinor.
public sealed class Order : IAudited
{
    public long Id { get; init; }

    public required string Number { get; set; }

    public OrderChannel Channel { get; set; }

    public OrderStatus Status { get; set; }

    public int? ClientId { get; set; }

    public required string CustomerName { get; set; }

    public string? CustomerEmail { get; set; }

    public string? CustomerPhone { get; set; }

    public string? CompanyName { get; set; }

    public string? VatId { get; set; }

    public PaymentMethod PaymentMethod { get; set; }

    public PaymentState PaymentState { get; set; }

    public DeliveryMethod DeliveryMethod { get; set; }

    public string? Region { get; set; }

    public string? Street { get; set; }

    public string? PostalCode { get; set; }

    public string? City { get; set; }

    public string Country { get; set; } = "PL";

    public string? Carrier { get; set; }

    public string? TrackingNumber { get; set; }

    // The e-shop's own id: a retried request finds the order it already made.
    public string? SiteOrderId { get; set; }

    public string Currency { get; set; } = "PLN";

    // Which figure of the price the lines were computed from (Vat): the shelf gross or a net agreed with a
    // company. Lines changed later are priced the same way, and the documents say which it was.
    public PriceBasis PriceBasis { get; set; }

    public long NetMinor { get; set; }

    public long VatMinor { get; set; }

    public long GrossMinor { get; set; }

    public long OrderDiscountMinor { get; set; }

    [AuditMasked]
    public string? CertificateCode { get; set; }

    public long CertificateAmountMinor { get; set; }

    public long PayableMinor { get; set; }

    public long RefundDueMinor { get; set; }

    public string? Notes { get; set; }

    public DateTime PlacedAt { get; init; }

    public DateTime? ConfirmedAt { get; set; }

    public DateTime? PaidAt { get; set; }

    public DateTime? AssemblyAt { get; set; }

    public DateTime? PackedAt { get; set; }

    public DateTime? ShippedAt { get; set; }

    public DateTime? DeliveredAt { get; set; }

    public DateTime? CancelledAt { get; set; }

    public DateTime? ReturnedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    // Two managers saving one order: the second save fails instead of overwriting.
    public int Version { get; set; }

    public List<OrderLine> Lines { get; init; } = [];

    public bool NeedsPaymentBeforeDispatch =>
        PaymentMethod is PaymentMethod.Online or PaymentMethod.BankTransfer && PayableMinor > 0;

    // The line's number as the card and documents print it: its place among the lines. Positions keep the
    // gaps left by changed lines, because stock reservations are keyed by them.
    public int NumberOf(OrderLine line) => Lines.Count(l => l.Position < line.Position) + 1;

    public bool IsPaid => PaymentState is PaymentState.Paid or PaymentState.RefundDue or PaymentState.Refunded;
}
