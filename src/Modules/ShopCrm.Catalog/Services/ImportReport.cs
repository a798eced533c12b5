using ShopCrm.Core.Imports;

namespace ShopCrm.Catalog.Services;

// What CatalogImport.Errors holds as JSON: the bad rows of a rejected file (at most MaxListed of them;
// BadRows counts them all), or for a finished import what it wrote.
public sealed record ImportReport
{
    public const int MaxListed = 10_000;

    public IReadOnlyList<ImportProblem> Problems { get; init; } = [];

    public int BadRows { get; init; }

    public int Created { get; init; }

    public int Updated { get; init; }

    public int PurchasePricesUpdated { get; init; }

    // The UpdatedAt the import gave every card it wrote (whole seconds, the same on both providers),
    // so the page can list them.
    public DateTime? WrittenAt { get; init; }

    public string? Failure { get; init; }
}
