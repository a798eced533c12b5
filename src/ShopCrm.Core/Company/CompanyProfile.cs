using ShopCrm.Core.Auditing;

namespace ShopCrm.Core.Company;

// The seller on every document and e-mail. One row.
public sealed class CompanyProfile : IAudited
{
    public int Id { get; init; } = 1;

    public string Name { get; set; } = "";

    public string Street { get; set; } = "";

    public string PostalCode { get; set; } = "";

    public string City { get; set; } = "";

    public string Country { get; set; } = "PL";

    public string VatId { get; set; } = "";

    public string BankAccount { get; set; } = "";

    public string Email { get; set; } = "";

    public string Phone { get; set; } = "";

    public string Website { get; set; } = "";

    public string Currency { get; set; } = "PLN";

    public string TimeZone { get; set; } = "Europe/Warsaw";

    public string Culture { get; set; } = "pl-PL";
}
