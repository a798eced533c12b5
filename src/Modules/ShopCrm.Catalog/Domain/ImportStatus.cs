namespace ShopCrm.Catalog.Domain;

public enum ImportStatus
{
    Uploaded = 0,
    Running = 1,
    Done = 2,
    Rejected = 3,
    Failed = 4,
}
