using ShopCrm.Catalog.Domain;

namespace ShopCrm.Catalog.Services.Products;

internal sealed record ProductLinkInput(int LinkedProductId, ProductLinkKind Kind);
