using Microsoft.EntityFrameworkCore;
using ShopCrm.Clients.Domain;
using ShopCrm.Core.Data;
using ShopCrm.Core.Security;

namespace ShopCrm.Clients.Services;

// The Owner's VIP, lost and lousy thresholds. Saving them re-categorizes every client at once.
public sealed class ClientCategoryRulesService(IDbContextFactory<ShopDbContext> contexts, TimeProvider time, PermissionGuard guard)
{
    public async Task<ClientCategoryRules> LoadAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await ClientStatisticsWriter.LoadRulesAsync(db, ct);
    }

    // expectedVersion is the Version the Owner saw; 0 for rules never saved.
    public async Task<IReadOnlyDictionary<string, string>> SaveAsync(ClientCategoryRules input, int expectedVersion, CancellationToken ct = default)
    {
        await guard.EnsureAsync(ClientPermissions.Rules);
        var errors = new Dictionary<string, string>();
        if (input.VipTotalMinor <= 0)
        {
            errors[nameof(input.VipTotalMinor)] = "Give an amount above zero.";
        }

        if (input.VipCompletedOrders < 1)
        {
            errors[nameof(input.VipCompletedOrders)] = "At least 1 order.";
        }

        if (input.LostAfterDays is < 1 or > 3650)
        {
            errors[nameof(input.LostAfterDays)] = "Between 1 and 3650 days.";
        }

        if (input.LousyRefusedParcels < 1)
        {
            errors[nameof(input.LousyRefusedParcels)] = "At least 1 parcel.";
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var now = time.GetUtcNow().UtcDateTime;
        var rules = await db.Set<ClientCategoryRules>().SingleOrDefaultAsync(ct);
        if ((rules?.Version ?? 0) != expectedVersion)
        {
            return Conflict;
        }

        if (rules is null)
        {
            rules = new ClientCategoryRules();
            db.Add(rules);
        }

        rules.VipTotalMinor = input.VipTotalMinor;
        rules.VipCompletedOrders = input.VipCompletedOrders;
        rules.LostAfterDays = input.LostAfterDays;
        rules.LousyRefusedParcels = input.LousyRefusedParcels;
        rules.UpdatedAt = now;
        rules.Version = expectedVersion + 1;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // A concurrent save won: the version no longer matches (or the first row exists already).
            return Conflict;
        }

        await ClientCategorizer.ApplyAsync(db, rules, now, ct);
        await transaction.CommitAsync(ct);
        return errors;
    }

    private static Dictionary<string, string> Conflict => new()
    {
        ["Version"] = "Someone else changed the rules meanwhile. Reload to see them, then change them again.",
    };
}
