namespace ShopCrm.Catalog.Domain;

public enum SpecificationKind
{
    Number = 0,
    Text = 1,
    Option = 2,
    YesNo = 3,
}
