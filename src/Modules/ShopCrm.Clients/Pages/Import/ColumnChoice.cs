namespace ShopCrm.Clients.Pages.Import;

// A column of the uploaded file as the mapping drop-downs show it.
public sealed record ColumnChoice(int Index, string Text);
