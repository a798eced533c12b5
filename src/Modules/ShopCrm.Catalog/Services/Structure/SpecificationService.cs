using Microsoft.EntityFrameworkCore;
using ShopCrm.Catalog.Domain;
using ShopCrm.Core.Data;
using ShopCrm.Core.Security;
using ShopCrm.Core.Results;

namespace ShopCrm.Catalog.Services.Structure;

// Specification definitions of a category (its subcategories inherit them: CategorySpecifications).
// A definition's kind cannot change once models have values for it: a length in metres does not become
// an option list without someone re-entering every value.
internal sealed class SpecificationService(IDbContextFactory<ShopDbContext> contexts, PermissionGuard guard)
{
    public async Task<Result<SpecificationDefinition>> SaveAsync(SpecificationDefinition input, CancellationToken ct = default)
    {
        await guard.EnsureAsync(CatalogPermissions.Structure);
        input.Name = StructureNames.Clean(input.Name);
        input.Unit = string.IsNullOrWhiteSpace(input.Unit) || input.Kind != SpecificationKind.Number ? null : input.Unit.Trim();
        input.Options = input.Kind == SpecificationKind.Option ? CleanOptions(input.Options) : null;
        if (Validate(input) is { } invalid)
        {
            return invalid;
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        var category = await db.Set<Category>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == input.CategoryId, ct);
        if (category is null)
        {
            return StructureError.NotFound;
        }

        // The name must be unique among what a model of this category sees: its own, inherited and (for the
        // subcategories below) what they define themselves.
        var lineage = CategorySpecifications.AncestorIds(category.Path);
        var lower = input.Name.ToLower();
        var clash = await db.Set<SpecificationDefinition>()
            .Where(d => d.Id != input.Id && d.Name.ToLower() == lower)
            .Where(d => lineage.Contains(d.CategoryId) || CategorySubtree.Ids(db, category.Id).Contains(d.CategoryId))
            .AnyAsync(ct);
        if (clash)
        {
            return StructureError.Duplicate("Name", $"\"{input.Name}\" is already a specification of this category, of a category above it or of one below it.");
        }

        SpecificationDefinition definition;
        if (input.Id == 0)
        {
            definition = new SpecificationDefinition
            {
                CategoryId = input.CategoryId,
                Name = input.Name,
                SortOrder = input.SortOrder == 0
                    ? (await db.Set<SpecificationDefinition>().Where(d => d.CategoryId == input.CategoryId).MaxAsync(d => (int?)d.SortOrder, ct) ?? 0) + 1
                    : input.SortOrder,
            };
            db.Add(definition);
        }
        else
        {
            var existing = await db.Set<SpecificationDefinition>().SingleOrDefaultAsync(d => d.Id == input.Id, ct);
            if (existing is null)
            {
                return StructureError.NotFound;
            }

            if (existing.Kind != input.Kind && await db.Set<ProductSpecification>().AnyAsync(v => v.DefinitionId == existing.Id, ct))
            {
                return StructureError.Invalid("Kind", "Models already have values for this specification, so its kind cannot change. Add a new specification instead.");
            }

            definition = existing;
            definition.Name = input.Name;
            definition.SortOrder = input.SortOrder;
        }

        definition.Kind = input.Kind;
        definition.Unit = input.Unit;
        definition.Options = input.Options;
        definition.IsRequired = input.IsRequired;
        return await CategoryService.TrySaveAsync(db, ct)
            ? Result<SpecificationDefinition>.Ok(definition)
            : StructureError.Duplicate("Name", $"\"{input.Name}\" is already a specification of this category.");
    }

    public async Task<Result<SpecificationDefinition>> DeleteAsync(int id, CancellationToken ct = default)
    {
        await guard.EnsureAsync(CatalogPermissions.Structure);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var definition = await db.Set<SpecificationDefinition>().SingleOrDefaultAsync(d => d.Id == id, ct);
        if (definition is null)
        {
            return StructureError.NotFound;
        }

        var values = await db.Set<ProductSpecification>().CountAsync(v => v.DefinitionId == id, ct);
        if (values > 0)
        {
            return StructureError.InUse($"\"{definition.Name}\" cannot be deleted: {values} model(s) have a value for it.");
        }

        db.Remove(definition);
        await db.SaveChangesAsync(ct);
        return Result<SpecificationDefinition>.Ok(definition);
    }

    private static string? CleanOptions(string? options)
    {
        var lines = (options ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.CurrentCultureIgnoreCase).ToList();
        return lines.Count == 0 ? null : string.Join('\n', lines);
    }

    private static Error? Validate(SpecificationDefinition d) => d switch
    {
        { Name.Length: 0 } => StructureError.Invalid("Name", "Give the specification a name, for example \"Długość\"."),
        { Name.Length: > 100 } => StructureError.Invalid("Name", "The name can have at most 100 characters."),
        { Unit.Length: > 20 } => StructureError.Invalid("Unit", "The unit can have at most 20 characters."),
        { Kind: SpecificationKind.Option, Options: null } => StructureError.Invalid("Options", "List the options to choose from, one per line."),
        { Options.Length: > 4_000 } => StructureError.Invalid("Options", "The options can have at most 4,000 characters."),
        _ when !Enum.IsDefined(d.Kind) => StructureError.Invalid("Kind", "Choose what kind of value this is."),
        _ => null,
    };
}
