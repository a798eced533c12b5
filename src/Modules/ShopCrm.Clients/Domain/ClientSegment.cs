namespace ShopCrm.Clients.Domain;

// A saved filter over the client base. The conditions are stored as JSON (SegmentDefinition) so that new
// kinds of condition need no schema change; SegmentQuery turns them into SQL for counts, lists, exports
// and mailing campaigns.
public sealed class ClientSegment
{
    public int Id { get; init; }

    public required string Name { get; set; }

    public required string Definition { get; set; }

    public DateTime CreatedAt { get; init; }

    public DateTime UpdatedAt { get; set; }

    public string? UpdatedBy { get; set; }

    public int Version { get; set; }
}
