namespace ShopCrm.Catalog.Services.Restock;

// An open alert chosen on the restock page, with the quantity the person settled on.
internal sealed record RestockOrderLine(long AlertId, int Quantity);
