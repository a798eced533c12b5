namespace ShopCrm.Clients.Domain;

public enum ContactMethod
{
    Phone,
    Email,
    Meeting,
    Chat,
    Sms,
}
