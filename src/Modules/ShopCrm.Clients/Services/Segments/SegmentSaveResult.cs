namespace ShopCrm.Clients.Services.Segments;

// The saved segment, or messages by field ("Name"; "" for the whole form, such as a conflict).
public sealed record SegmentSaveResult(int? SegmentId, int Version, IReadOnlyDictionary<string, string> Errors)
{
    public bool Succeeded => SegmentId is not null && Errors.Count == 0;

    public static SegmentSaveResult Saved(int segmentId, int version) => new(segmentId, version, new Dictionary<string, string>());

    public static SegmentSaveResult Failed(string field, string message) => new(null, 0, new Dictionary<string, string> { [field] = message });

    public string? ErrorFor(string field) => Errors.GetValueOrDefault(field);
}
