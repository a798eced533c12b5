using ShopCrm.Catalog.Domain;

namespace ShopCrm.Catalog.Services.Products;

public sealed record ProductLinkInput(int LinkedProductId, ProductLinkKind Kind);
