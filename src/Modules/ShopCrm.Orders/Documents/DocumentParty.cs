namespace ShopCrm.Orders.Documents;

// Seller or buyer as printed. VatId is set for a company buyer (and always for the seller).
public sealed record DocumentParty(string Name, string? Address, string? VatId, string? Email, string? Phone)
{
    public string? PersonName { get; init; }
}
