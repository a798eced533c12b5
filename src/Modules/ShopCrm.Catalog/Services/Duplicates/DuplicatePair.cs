namespace ShopCrm.Catalog.Services.Duplicates;

// Two cards that are probably one model; FirstId is the lower id. Detail says what matched
// ("EAN 5901234123457", "code SH-123 at Jaxon and at Mikado").
public sealed record DuplicatePair(
    int FirstId,
    string FirstSku,
    string FirstName,
    int SecondId,
    string SecondSku,
    string SecondName,
    string? Brand,
    IReadOnlyList<DuplicateReason> Reasons,
    string Detail);
