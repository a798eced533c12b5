namespace ShopCrm.Catalog.Services.Structure;

// A criterion a model's reviews score on, and where it comes from ("category Wędki spinningowe", "tag szczupak").
internal sealed record EffectiveRatingParameter(int Id, string Name, string Source);
