namespace ShopCrm.Clients.Domain;

// How a marketing consent was given or withdrawn.
public enum ConsentSource
{
    Site,
    Manager,
    Import,
    UnsubscribeLink,
    Api,
    Erasure,
    Merge,
}
