using ShopCrm.Catalog.Domain;

namespace ShopCrm.Catalog.Services.Completeness;

// The rule a category's cards are scored by and where it comes from: FromCategoryId is the category
// itself, an ancestor, or null for the built-in default.
internal sealed record EffectiveCompletenessRule(CompletenessRule Rule, int? FromCategoryId, string? FromCategoryName);
