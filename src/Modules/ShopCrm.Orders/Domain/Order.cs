using ShopCrm.Core.Auditing;
using ShopCrm.Core.Events;
using ShopCrm.Core.Money;
using ShopCrm.Orders.Contracts;
using ShopCrm.Orders.Services;

namespace ShopCrm.Orders.Domain;

// One order from any channel. The customer's name and contacts are copied onto the order: a one-time
// customer has no client record, and an invoice must show what was true on the day.
// Amounts are minor units: NetMinor/VatMinor/GrossMinor after all discounts; the gift card pays part of
// the gross, so the customer still owes PayableMinor.
// A status step is a method: it refuses a step OrderTransitions does not allow, sets the step's fields and
// raises its events; OrderWorkflow does around it what involves other modules (stock, permissions).
public sealed class Order : AggregateRoot, IAudited
{
    public long Id { get; init; }

    public required string Number { get; set; }

    public OrderChannel Channel { get; set; }

    public OrderStatus Status { get; internal set; }

    public int? ClientId { get; set; }

    public required string CustomerName { get; set; }

    public string? CustomerEmail { get; set; }

    public string? CustomerPhone { get; set; }

    public string? CompanyName { get; set; }

    public string? VatId { get; set; }

    public PaymentMethod PaymentMethod { get; set; }

    public PaymentState PaymentState { get; internal set; }

    public DeliveryMethod DeliveryMethod { get; set; }

    public string? Region { get; set; }

    public string? Street { get; set; }

    public string? PostalCode { get; set; }

    public string? City { get; set; }

    public string Country { get; set; } = "PL";

    public string? Carrier { get; internal set; }

    public string? TrackingNumber { get; internal set; }

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

    public long RefundDueMinor { get; internal set; }

    public string? Notes { get; set; }

    public DateTime PlacedAt { get; init; }

    public DateTime? ConfirmedAt { get; internal set; }

    public DateTime? PaidAt { get; internal set; }

    public DateTime? AssemblyAt { get; internal set; }

    public DateTime? PackedAt { get; internal set; }

    public DateTime? ShippedAt { get; internal set; }

    public DateTime? DeliveredAt { get; internal set; }

    public DateTime? CancelledAt { get; internal set; }

    public DateTime? ReturnedAt { get; internal set; }

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

    public bool IsReturnedWhole => Lines.All(l => l.ReturnedQuantity >= l.Quantity);

    public void Confirm(DateTime now, string? note = null)
    {
        var from = Enter(OrderStatus.Confirmed, now);
        ConfirmedAt = now;
        Raise(new OrderConfirmed(Id, Number, ClientId, now));
        RaiseStatusChanged(from, now, note);
    }

    public void MarkPaid(DateTime now, string? note = null)
    {
        var from = Enter(OrderStatus.Paid, now);
        RecordPayment(now);
        RaiseStatusChanged(from, now, note);
    }

    public void StartAssembly(DateTime now, string? note = null)
    {
        var from = Enter(OrderStatus.Assembly, now);
        AssemblyAt = now;
        RaiseStatusChanged(from, now, note);
    }

    public void Pack(DateTime now, string? note = null)
    {
        var from = Enter(OrderStatus.Packed, now);
        PackedAt = now;
        RaiseStatusChanged(from, now, note);
    }

    public void Ship(string carrier, string trackingNumber, DateTime now, string? note = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(carrier);
        ArgumentException.ThrowIfNullOrWhiteSpace(trackingNumber);
        var from = Enter(OrderStatus.Shipped, now);
        Carrier = carrier.Trim();
        TrackingNumber = trackingNumber.Trim();
        ShippedAt = now;
        Raise(new OrderDispatched(Id, Number, ClientId, now, Carrier, TrackingNumber));
        RaiseStatusChanged(from, now, note ?? $"{Carrier} {TrackingNumber}");
    }

    // Cash on delivery and cash in the store are paid here.
    public void Deliver(DateTime now, string? note = null)
    {
        var from = Enter(OrderStatus.Delivered, now);
        DeliveredAt = now;
        if (!IsPaid)
        {
            RecordPayment(now);
        }

        Raise(new OrderDelivered(Id, Number, ClientId, now));
        RaiseStatusChanged(from, now, note);
    }

    // What was paid is owed back.
    public void Cancel(DateTime now, string? note = null)
    {
        var from = Enter(OrderStatus.Cancelled, now);
        CancelledAt = now;
        if (IsPaid)
        {
            RefundDueMinor = PayableMinor;
            PaymentState = PayableMinor > 0 ? PaymentState.RefundDue : PaymentState;
        }

        Raise(new OrderCancelled(Id, Number, ClientId, now, RefundDueMinor));
        RaiseStatusChanged(from, now, note);
    }

    // The refund is the gross of the returned units; when the whole order comes back the gift card gets its
    // amount back, and only the rest is owed in money. Nothing is owed for what was never paid (a refused
    // cash-on-delivery parcel).
    public OrderReturn Return(IReadOnlyList<(OrderLine Line, int Quantity)> returned, string recordedBy, string? reason, DateTime now)
    {
        if (returned.Count == 0 || returned.Any(r => !Lines.Contains(r.Line) || r.Quantity <= 0 || r.Quantity > r.Line.Quantity - r.Line.ReturnedQuantity))
        {
            throw new ArgumentException("Each returned line must be a line of this order with units still to return.", nameof(returned));
        }

        var from = Enter(OrderStatus.Returned, now);
        var lines = new List<OrderReturnLine>();
        foreach (var (line, quantity) in returned)
        {
            var gross = line.ReturnedGross(line.ReturnedQuantity + quantity) - line.ReturnedGross(line.ReturnedQuantity);
            line.ReturnedQuantity += quantity;
            lines.Add(new OrderReturnLine { OrderLineId = line.Id, Quantity = quantity, GrossMinor = gross });
        }

        var whole = IsReturnedWhole;
        var certificateRefund = whole && CertificateCode is not null ? CertificateAmountMinor : 0;
        var refund = IsPaid ? Math.Clamp(lines.Sum(l => l.GrossMinor) - certificateRefund, 0, PayableMinor - RefundDueMinor) : 0;
        if (refund > 0)
        {
            RefundDueMinor += refund;
            PaymentState = PaymentState.RefundDue;
        }

        ReturnedAt = now;
        Raise(new OrderReturned(Id, Number, ClientId, now, whole, refund));
        var detail = $"{returned.Sum(r => r.Quantity)} units back" + (refund > 0 ? $", refund due {refund / 100m:N2} {Currency}" : "");
        RaiseStatusChanged(from, now, detail);
        return new OrderReturn
        {
            OrderId = Id,
            At = now,
            RecordedBy = recordedBy,
            Reason = reason?.Trim(),
            RefundDueMinor = refund,
            CertificateRefundMinor = certificateRefund,
            Lines = lines,
        };
    }

    // Paid without a step of its own: a gift card that covers the whole order, or cash at delivery.
    internal void RecordPayment(DateTime now)
    {
        PaymentState = PaymentState.Paid;
        PaidAt = now;
        UpdatedAt = now;
        Raise(new OrderPaid(Id, Number, ClientId, now, PayableMinor));
    }

    private OrderStatus Enter(OrderStatus to, DateTime now)
    {
        if (!OrderTransitions.IsAllowed(this, to))
        {
            throw new InvalidOperationException($"Order {Number} is {Status} and cannot become {to}.");
        }

        var from = Status;
        Status = to;
        UpdatedAt = now;
        return from;
    }

    private void RaiseStatusChanged(OrderStatus from, DateTime now, string? detail) =>
        Raise(new OrderStatusChanged(Id, Number, ClientId, SiteOrderId, from, Status, now, detail, Carrier, TrackingNumber));
}
