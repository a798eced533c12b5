namespace ShopCrm.Core.Email;

public enum EmailDeliveryMode
{
    // Writes each message as an .eml file, so development never mails real customers.
    Pickup,
    Smtp,
}
