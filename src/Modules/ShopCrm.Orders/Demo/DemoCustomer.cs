namespace ShopCrm.Orders.Demo;

// A demo client as an order copies it.
internal sealed record DemoCustomer(
    int Id, string Name, string? Email, string? Phone, string? CompanyName, string? VatId, string? Street, string? PostalCode, string? City, string? Region);
