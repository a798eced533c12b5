namespace ShopCrm.Clients.Services.Duplicates;

// The parts of a client record a merge can take from the merged-away client instead of the survivor.
public enum ClientMergeField
{
    Name,
    Company,
    Email,
    Phone,
    Address,
    BirthDate,
    Language,
    Consent,
}
