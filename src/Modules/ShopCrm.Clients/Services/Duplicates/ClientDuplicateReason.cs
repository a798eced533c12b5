namespace ShopCrm.Clients.Services.Duplicates;

public enum ClientDuplicateReason
{
    SameEmail,
    SamePhone,
    SameNameAndPostalCode,
    SameNameAndStreet,
}
