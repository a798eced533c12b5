namespace ShopCrm.Catalog.Services;

public sealed record ImportPreviewRow(int Line, IReadOnlyList<string> Fields, IReadOnlyList<string> Problems);
