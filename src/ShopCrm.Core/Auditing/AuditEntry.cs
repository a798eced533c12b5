namespace ShopCrm.Core.Auditing;

public sealed class AuditEntry
{
    public long Id { get; init; }

    public DateTime At { get; init; }

    public string? UserId { get; init; }

    public required string UserName { get; init; }

    public required string EntityType { get; init; }

    public required string EntityKey { get; set; }

    public required string Action { get; init; }

    // JSON object: property name -> [old, new].
    public required string Changes { get; init; }
}
