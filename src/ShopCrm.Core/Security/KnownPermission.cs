namespace ShopCrm.Core.Security;

// A permission this database has met before; its default grants were applied then and never again.
public sealed class KnownPermission
{
    public required string Name { get; init; }

    public DateTime FirstSeenAt { get; init; }
}
