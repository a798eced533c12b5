using ShopCrm.Catalog.Domain;

namespace ShopCrm.Catalog.Pages;

internal sealed record LinkRow(int ProductId, string Sku, string Name, ProductLinkKind Kind);
