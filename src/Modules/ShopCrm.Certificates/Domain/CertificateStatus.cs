namespace ShopCrm.Certificates.Domain;

public enum CertificateStatus
{
    // Made but not paid for yet (a batch waiting for the corporate client's payment).
    Issued = 0,
    Active = 1,
    PartlyUsed = 2,
    UsedUp = 3,
    Expired = 4,
    Blocked = 5,
}
