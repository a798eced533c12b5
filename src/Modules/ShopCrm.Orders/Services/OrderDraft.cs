using ShopCrm.Core.Money;
using ShopCrm.Orders.Contracts;
using ShopCrm.Orders.Domain;

namespace ShopCrm.Orders.Services;

// What a manager's form or the e-shop sends to place an order. Without ClientId the order is for a
// one-time customer; with it, missing name and contacts are taken from the client.
public sealed record OrderDraft
{
    public OrderChannel Channel { get; init; } = OrderChannel.Phone;

    public int? ClientId { get; init; }

    public string? CustomerName { get; init; }

    public string? CustomerEmail { get; init; }

    public string? CustomerPhone { get; init; }

    public string? CompanyName { get; init; }

    public string? VatId { get; init; }

    public PaymentMethod PaymentMethod { get; init; } = PaymentMethod.BankTransfer;

    public DeliveryMethod DeliveryMethod { get; init; } = DeliveryMethod.Courier;

    public string? Region { get; init; }

    public string? Street { get; init; }

    public string? PostalCode { get; init; }

    public string? City { get; init; }

    public string Country { get; init; } = "PL";

    public string? SiteOrderId { get; init; }

    public string? Notes { get; init; }

    // A gift card that pays part of the order; a code that cannot pay stops the order with a field error.
    public string? CertificateCode { get; init; }

    // Gross (the shelf price is the price paid) or Net (a price agreed with a company); null takes the
    // channel's usual basis (OrderPriceBasis). Discounts are amounts in this basis.
    public PriceBasis? PriceBasis { get; init; }

    // In the order's price basis, spread over the lines.
    public long OrderDiscountMinor { get; init; }

    public IReadOnlyList<OrderLineDraft> Lines { get; init; } = [];
}
