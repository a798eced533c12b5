using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using ShopCrm.Core.Data;
using ShopCrm.Core.Security;

namespace ShopCrm.Core.Api;

public sealed class ApiKeyService(IDbContextFactory<ShopDbContext> contexts, TimeProvider time, PermissionGuard guard)
{
    private const string KeyStart = "scrm_";
    private const int PrefixLength = 8;

    public sealed record CreatedKey(ApiKey Key, string PlainKey);

    public async Task<CreatedKey> CreateAsync(string name, IEnumerable<string> scopes, string createdBy, CancellationToken ct = default)
    {
        await guard.EnsureAsync(CorePermissions.ApiKeys);
        var prefix = RandomText(PrefixLength);
        var plain = KeyStart + prefix + RandomText(32);
        var key = new ApiKey
        {
            Name = name.Trim(),
            Prefix = prefix,
            SecretHash = Hash(plain),
            Scopes = string.Join(' ', scopes.Distinct().Order()),
            CreatedAt = time.GetUtcNow().UtcDateTime,
            CreatedBy = createdBy,
        };
        await using var db = await contexts.CreateDbContextAsync(ct);
        db.ApiKeys.Add(key);
        await db.SaveChangesAsync(ct);
        return new CreatedKey(key, plain);
    }

    public async Task RevokeAsync(int id, CancellationToken ct = default)
    {
        await guard.EnsureAsync(CorePermissions.ApiKeys);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var key = await db.ApiKeys.SingleAsync(k => k.Id == id, ct);
        key.RevokedAt ??= time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
    }

    public async Task<ApiKey?> FindActiveAsync(string plainKey, CancellationToken ct = default)
    {
        if (!plainKey.StartsWith(KeyStart, StringComparison.Ordinal) || plainKey.Length < KeyStart.Length + PrefixLength + 1)
        {
            return null;
        }

        var prefix = plainKey.Substring(KeyStart.Length, PrefixLength);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var key = await db.ApiKeys.AsNoTracking().SingleOrDefaultAsync(k => k.Prefix == prefix && k.RevokedAt == null, ct);
        if (key is null || !CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(key.SecretHash), Encoding.ASCII.GetBytes(Hash(plainKey))))
        {
            return null;
        }

        // One write a minute at most per key, not one per request.
        var now = time.GetUtcNow().UtcDateTime;
        if (key.LastUsedAt is null || key.LastUsedAt < now.AddMinutes(-1))
        {
            await db.ApiKeys.Where(k => k.Id == key.Id).ExecuteUpdateAsync(s => s.SetProperty(k => k.LastUsedAt, now), ct);
        }

        return key;
    }

    private static string Hash(string plainKey) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(plainKey)));

    private static string RandomText(int length) => RandomNumberGenerator.GetString("abcdefghijkmnpqrstuvwxyz23456789", length);
}
