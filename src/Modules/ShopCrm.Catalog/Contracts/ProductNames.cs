using ShopCrm.Core.Text;

namespace ShopCrm.Catalog.Contracts;

// The form of a model name that duplicate search and the model search compare (see SearchText).
public static class ProductNames
{
    public static string Normalize(string? name) => SearchText.Normalize(name);
}
