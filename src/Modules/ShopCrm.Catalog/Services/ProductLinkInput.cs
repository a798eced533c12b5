using ShopCrm.Catalog.Domain;

namespace ShopCrm.Catalog.Services;

public sealed record ProductLinkInput(int LinkedProductId, ProductLinkKind Kind);
