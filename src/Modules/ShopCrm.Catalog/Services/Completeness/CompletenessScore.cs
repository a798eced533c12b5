namespace ShopCrm.Catalog.Services.Completeness;

// Percent (0-100) and what is missing in words, as the content editors' queue shows it.
internal sealed record CompletenessScore(int Percent, string? MissingParts);
