using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ShopCrm.Catalog.Domain;
using ShopCrm.Catalog.Services.Structure;
using ShopCrm.Core.Data;

namespace ShopCrm.Catalog.Services.Products;

// Turns the editor's raw specification texts into typed values of the card's category, so "2,7" is a
// number, an option matches its list whatever its case, and yes/no accepts Polish too.
internal static class SpecificationParser
{
    public static async Task<Dictionary<int, ProductSpecification>> ParseAsync(
        ShopDbContext db, ProductInput card, Dictionary<string, string> errors, CancellationToken ct)
    {
        var parsed = new Dictionary<int, ProductSpecification>();
        if (card.CategoryId == 0 || !await db.Set<Category>().AnyAsync(c => c.Id == card.CategoryId, ct))
        {
            return parsed;
        }

        var definitions = (await CategorySpecifications.ForCategoryAsync(db, card.CategoryId, ct)).ToDictionary(d => d.Id);
        foreach (var (definitionId, raw) in card.Specifications)
        {
            var value = raw?.Trim();
            if (string.IsNullOrEmpty(value))
            {
                continue;
            }

            if (!definitions.TryGetValue(definitionId, out var definition))
            {
                // A value of a specification the new category does not have is dropped with the category change.
                continue;
            }

            var field = FieldName(definitionId);
            var specification = new ProductSpecification { DefinitionId = definitionId };
            switch (definition.Kind)
            {
                case SpecificationKind.Number:
                    if (!double.TryParse(value.Replace(',', '.').Replace(" ", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                        || double.IsNaN(number) || double.IsInfinity(number))
                    {
                        errors.TryAdd(field, $"{definition.Name} is a number{UnitText(definition)}, for example 2.7.");
                        continue;
                    }

                    specification.NumberValue = number;
                    break;
                case SpecificationKind.Option:
                    var options = OptionsOf(definition);
                    var match = options.FirstOrDefault(o => string.Equals(o, value, StringComparison.CurrentCultureIgnoreCase));
                    if (match is null)
                    {
                        errors.TryAdd(field, $"Choose {definition.Name} from the list: {string.Join(", ", options)}.");
                        continue;
                    }

                    specification.TextValue = match;
                    break;
                case SpecificationKind.YesNo:
                    var yesNo = value.ToLowerInvariant() switch
                    {
                        "yes" or "tak" or "true" => "yes",
                        "no" or "nie" or "false" => "no",
                        _ => null,
                    };
                    if (yesNo is null)
                    {
                        errors.TryAdd(field, $"{definition.Name} is yes or no.");
                        continue;
                    }

                    specification.TextValue = yesNo;
                    break;
                default:
                    if (value.Length > 200)
                    {
                        errors.TryAdd(field, $"{definition.Name} can have at most 200 characters.");
                        continue;
                    }

                    specification.TextValue = value;
                    break;
            }

            parsed[definitionId] = specification;
        }

        return parsed;
    }

    public static string FieldName(int definitionId) => $"spec-{definitionId}";

    public static IReadOnlyList<string> OptionsOf(SpecificationDefinition definition) =>
        (definition.Options ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string UnitText(SpecificationDefinition definition) => definition.Unit is { Length: > 0 } unit ? $" in {unit}" : "";
}
