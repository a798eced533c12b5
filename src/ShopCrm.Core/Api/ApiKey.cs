using ShopCrm.Core.Auditing;

namespace ShopCrm.Core.Api;

// Only a SHA-256 hash of the secret is stored; the key is shown once when it is created.
public sealed class ApiKey : IAudited
{
    public int Id { get; init; }

    public required string Name { get; set; }

    public required string Prefix { get; init; }

    public required string SecretHash { get; init; }

    // Space-separated permissions (site API scopes) the key grants.
    public required string Scopes { get; set; }

    public DateTime CreatedAt { get; init; }

    public required string CreatedBy { get; init; }

    public DateTime? RevokedAt { get; set; }

    public DateTime? LastUsedAt { get; set; }

    public IReadOnlyList<string> ScopeList => Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
