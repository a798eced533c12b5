namespace ShopCrm.Clients.Services.Segments;

public sealed record SavedSegment(int Id, int Version);
