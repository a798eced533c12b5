namespace ShopCrm.Core.Ui;

// One entry of a drop-down: a row's id and what the person reads.
public sealed record NamedChoice(int Id, string Text);
