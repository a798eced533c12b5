namespace ShopCrm.Core.Money;

// Which figure of a price was agreed, and so which one the VAT is computed from. Stored as a number:
// Net is 0, the way every order was priced before the shop priced at the shelf.
public enum PriceBasis
{
    // A price agreed net (a company order taken net): net = unit net x quantity, VAT from the net.
    Net = 0,

    // The shelf price the customer sees is what he pays: gross = unit gross x quantity, VAT from the gross
    // ("VAT liczony od brutto", art. 106e ust. 7 and 8 of the VAT act).
    Gross = 1,
}
