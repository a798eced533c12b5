namespace ShopCrm.Clients.Domain;

public enum ClientImportStatus
{
    // Uploaded and waiting for its column mapping.
    Uploaded,
    Running,
    Done,

    // Bad rows found: nothing written, every one of them listed.
    Rejected,
    Failed,
}
