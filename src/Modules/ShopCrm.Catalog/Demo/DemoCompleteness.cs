using ShopCrm.Catalog.Domain;

namespace ShopCrm.Catalog.Demo;

// The demo's own reading of the default completeness rule (description, one image, the required
// specifications, a price, a supplier; each a fifth of the score), so seeded cards arrive with a score.
// The catalog's completeness service recomputes cards when they are saved; this only seeds them.
internal static class DemoCompleteness
{
    public static (int Score, string? Missing) Of(Product product, int images, IEnumerable<SpecificationDefinition> requiredMissing, bool hasSupplier)
    {
        var missing = new List<string>();
        var failedParts = 0;
        if (string.IsNullOrWhiteSpace(product.Description))
        {
            missing.Add("description");
            failedParts++;
        }

        if (images < 1)
        {
            missing.Add("1 image");
            failedParts++;
        }

        var specs = requiredMissing.Select(d => "specification " + d.Name).ToList();
        if (specs.Count > 0)
        {
            missing.AddRange(specs);
            failedParts++;
        }

        if (product.NetPriceMinor <= 0)
        {
            missing.Add("price");
            failedParts++;
        }

        if (!hasSupplier)
        {
            missing.Add("supplier");
            failedParts++;
        }

        return ((5 - failedParts) * 20, missing.Count == 0 ? null : string.Join("; ", missing));
    }
}
