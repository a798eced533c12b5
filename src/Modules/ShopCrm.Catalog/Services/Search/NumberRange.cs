namespace ShopCrm.Catalog.Services.Search;

// Inclusive at both ends; a missing end is open.
internal sealed record NumberRange(double? Min, double? Max);
