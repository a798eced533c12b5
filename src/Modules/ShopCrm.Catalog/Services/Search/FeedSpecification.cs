namespace ShopCrm.Catalog.Services.Search;

// Value is the text shown (numbers in invariant culture); Number is set for number specifications.
internal sealed record FeedSpecification(int DefinitionId, string Name, string? Unit, string Value, double? Number);
