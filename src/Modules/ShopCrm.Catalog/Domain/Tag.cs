namespace ShopCrm.Catalog.Domain;

// Groups gear across categories by fishing purpose; Synonyms keep the anglers' slang people search for.
public sealed class Tag
{
    public int Id { get; init; }

    public required string Name { get; set; }

    public string? Synonyms { get; set; }

    // Among the shop's most frequent searches.
    public bool IsFrequentSearch { get; set; }
}
