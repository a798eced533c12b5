namespace ShopCrm.Core.Documents;

// The last number given out in one series (document type) and year.
public sealed class DocumentNumberSequence
{
    public required string Series { get; init; }

    public int Year { get; init; }

    public int LastNumber { get; set; }
}
