using Microsoft.EntityFrameworkCore;
using ShopCrm.Catalog.Domain;
using ShopCrm.Core.Data;
using ShopCrm.Core.Security;
using ShopCrm.Core.Results;

namespace ShopCrm.Catalog.Services.Structure;

// Brands and their series (a series belongs to one brand; its name is unique within the brand).
internal sealed class BrandService(IDbContextFactory<ShopDbContext> contexts, PermissionGuard guard)
{
    public async Task<Result<Brand>> SaveBrandAsync(Brand input, CancellationToken ct = default)
    {
        await guard.EnsureAsync(CatalogPermissions.Structure);
        input.Name = StructureNames.Clean(input.Name);
        input.Website = string.IsNullOrWhiteSpace(input.Website) ? null : input.Website.Trim();
        if (StructureNames.Check(input.Name, "brand") is { } invalid)
        {
            return invalid;
        }

        if (input.Website is { Length: > 200 })
        {
            return StructureError.Invalid("Website", "The address can have at most 200 characters.");
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        var lower = input.Name.ToLower();
        if (await db.Set<Brand>().AnyAsync(b => b.Name.ToLower() == lower && b.Id != input.Id, ct))
        {
            return DuplicateBrand(input.Name);
        }

        var brand = input.Id == 0 ? new Brand { Name = input.Name } : await db.Set<Brand>().SingleOrDefaultAsync(b => b.Id == input.Id, ct);
        if (brand is null)
        {
            return StructureError.NotFound;
        }

        if (input.Id == 0)
        {
            db.Add(brand);
        }

        brand.Name = input.Name;
        brand.Website = input.Website;
        brand.IsActive = input.IsActive;
        return await CategoryService.TrySaveAsync(db, ct) ? Result<Brand>.Ok(brand) : DuplicateBrand(input.Name);
    }

    public async Task<Result<Brand>> DeleteBrandAsync(int id, CancellationToken ct = default)
    {
        await guard.EnsureAsync(CatalogPermissions.Structure);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var brand = await db.Set<Brand>().SingleOrDefaultAsync(b => b.Id == id, ct);
        if (brand is null)
        {
            return StructureError.NotFound;
        }

        var models = await db.Set<Product>().CountAsync(p => p.BrandId == id, ct);
        var series = await db.Set<ProductSeries>().CountAsync(s => s.BrandId == id, ct);
        if (models + series > 0)
        {
            return StructureError.InUse($"\"{brand.Name}\" cannot be deleted: it has {models} model(s) and {series} series. Mark it inactive instead.");
        }

        db.Remove(brand);
        await db.SaveChangesAsync(ct);
        return Result<Brand>.Ok(brand);
    }

    public async Task<Result<ProductSeries>> SaveSeriesAsync(ProductSeries input, CancellationToken ct = default)
    {
        await guard.EnsureAsync(CatalogPermissions.Structure);
        input.Name = StructureNames.Clean(input.Name);
        if (StructureNames.Check(input.Name, "series") is { } invalid)
        {
            return invalid;
        }

        if (input.BrandId is null)
        {
            return StructureError.Invalid("Brand", "Choose the brand the series belongs to.");
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        if (!await db.Set<Brand>().AnyAsync(b => b.Id == input.BrandId, ct))
        {
            return StructureError.Invalid("Brand", "Choose the brand the series belongs to.");
        }

        var lower = input.Name.ToLower();
        if (await db.Set<ProductSeries>().AnyAsync(s => s.BrandId == input.BrandId && s.Name.ToLower() == lower && s.Id != input.Id, ct))
        {
            return DuplicateSeries(input.Name);
        }

        var series = input.Id == 0 ? new ProductSeries { Name = input.Name } : await db.Set<ProductSeries>().SingleOrDefaultAsync(s => s.Id == input.Id, ct);
        if (series is null)
        {
            return StructureError.NotFound;
        }

        if (input.Id == 0)
        {
            db.Add(series);
        }

        series.Name = input.Name;
        series.BrandId = input.BrandId;
        return await CategoryService.TrySaveAsync(db, ct) ? Result<ProductSeries>.Ok(series) : DuplicateSeries(input.Name);
    }

    public async Task<Result<ProductSeries>> DeleteSeriesAsync(int id, CancellationToken ct = default)
    {
        await guard.EnsureAsync(CatalogPermissions.Structure);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var series = await db.Set<ProductSeries>().SingleOrDefaultAsync(s => s.Id == id, ct);
        if (series is null)
        {
            return StructureError.NotFound;
        }

        var models = await db.Set<Product>().CountAsync(p => p.SeriesId == id, ct);
        if (models > 0)
        {
            return StructureError.InUse($"\"{series.Name}\" cannot be deleted: {models} model(s) belong to it.");
        }

        db.Remove(series);
        await db.SaveChangesAsync(ct);
        return Result<ProductSeries>.Ok(series);
    }

    private static Error DuplicateBrand(string name) => StructureError.Duplicate("Name", $"A brand named \"{name}\" already exists.");

    private static Error DuplicateSeries(string name) => StructureError.Duplicate("Name", $"This brand already has a series named \"{name}\".");
}
