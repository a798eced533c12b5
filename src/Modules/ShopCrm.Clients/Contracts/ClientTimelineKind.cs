namespace ShopCrm.Clients.Contracts;

public enum ClientTimelineKind
{
    Order,
    Payment,
    Email,
    Note,
    Call,
    Offer,
    Complaint,
    Question,
    Task,
    Consent,
    Other,
}
