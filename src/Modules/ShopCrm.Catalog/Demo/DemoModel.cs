namespace ShopCrm.Catalog.Demo;

// One generated model before it becomes a card: specification values by name (double for numbers,
// string for options and text, bool for yes/no).
internal sealed record DemoModel(
    string Kind,
    string Brand,
    string Series,
    string Name,
    IReadOnlyDictionary<string, object> Specs,
    string[] Tags,
    long GrossMinor,
    int WeightGrams,
    string Description);
