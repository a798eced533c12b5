namespace ShopCrm.Catalog.Services.Search;

// Inclusive at both ends; a missing end is open.
public sealed record NumberRange(double? Min, double? Max);
