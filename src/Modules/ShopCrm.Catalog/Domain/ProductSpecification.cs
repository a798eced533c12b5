namespace ShopCrm.Catalog.Domain;

// One specification value of a model. Numbers are REAL/double so SQLite can sort and range-filter them;
// option, text and yes/no values are kept as text ("yes"/"no" for YesNo) so facets count one column.
internal sealed class ProductSpecification
{
    public int ProductId { get; init; }

    public int DefinitionId { get; init; }

    public double? NumberValue { get; set; }

    public string? TextValue { get; set; }
}
