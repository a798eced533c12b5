namespace ShopCrm.Catalog.Domain;

internal enum ProductLinkKind
{
    // Another model worth showing beside this one.
    Related = 0,

    // The linked model is an accessory of this one (echo sounder -> battery); cross-sell uses these.
    Accessory = 1,
}
