namespace ShopCrm.Clients.Services.Import;

// One good line of a contact file, normalized: what the import writes or merges into a client.
public sealed record ContactRow(
    int Line,
    string? FirstName,
    string? LastName,
    string? Company,
    string? VatId,
    IReadOnlyList<(string Value, string Normalized)> Emails,
    IReadOnlyList<(string Value, string Normalized)> Phones,
    string? Street,
    string? PostalCode,
    string? City,
    DateOnly? BirthDate,
    bool? Consent);
