namespace ShopCrm.Catalog.Services.Restock;

// What one run of the restock job did: how many active models it looked at and which alerts were new.
internal sealed record RestockRun(int ModelsChecked, IReadOnlyList<long> NewAlertIds);
