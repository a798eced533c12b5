namespace ShopCrm.Clients.Contracts;

public enum ClientStatus
{
    Active,

    // Folded into another record by a merge (MergedIntoId); kept so old links still resolve.
    Merged,

    // Personal data anonymized on request; financial records stay.
    Erased,
}
