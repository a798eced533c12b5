using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ShopCrm.Catalog.Domain;
using ShopCrm.Core.Data;

namespace ShopCrm.Tests.Builders;

public sealed record WarehouseBuilder(IServiceProvider Services)
{
    private string Code { get; init; } = "MAG";

    private string Name { get; init; } = "Magazyn główny";

    private bool IsDefault { get; init; } = true;

    public WarehouseBuilder Coded(string code, string? name = null) => this with { Code = code, Name = name ?? Name };

    public WarehouseBuilder NotDefault() => this with { IsDefault = false };

    public async Task<Warehouse> BuildAsync()
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<ShopDbContext>>().CreateDbContextAsync();
        var warehouse = new Warehouse { Code = Code, Name = Name, IsDefault = IsDefault };
        db.Add(warehouse);
        await db.SaveChangesAsync();
        return warehouse;
    }

    // The shop's default warehouse, made with this builder's code and name when the database has none yet
    // (tests that share one app add models to whichever warehouse is already there).
    public async Task<Warehouse> DefaultOrBuildAsync()
    {
        await using (var db = await Services.GetRequiredService<IDbContextFactory<ShopDbContext>>().CreateDbContextAsync())
        {
            if (await db.Set<Warehouse>().AsNoTracking().FirstOrDefaultAsync(w => w.IsDefault && w.IsActive) is { } existing)
            {
                return existing;
            }
        }

        return await BuildAsync();
    }
}
