namespace ShopCrm.Core.Money;

// One amount taken apart by the VAT rule; Net + Vat is always Gross.
public readonly record struct VatSplit(Money Net, Money Vat, Money Gross);
