namespace ShopCrm.Clients.Domain;

// Who last had a say on one field of one client: what the e-shop last sent and when, when its value was
// last taken (or agreed with ours), and when staff last changed the field. A site value that differs
// from a newer staff change is not written but kept here, Pending, for a person to accept or dismiss.
public sealed class ClientSiteField
{
    public int ClientId { get; init; }

    // A name from ClientFields ("Email", "Street"...).
    public required string Field { get; init; }

    public string? SiteValue { get; set; }

    public DateTime? SiteSentAt { get; set; }

    public DateTime? SiteTakenAt { get; set; }

    public DateTime? StaffChangedAt { get; set; }

    public bool Pending { get; set; }

    // The site value a person last dismissed: the site sending it again (it repeats a customer's old data
    // with every order) does not bring the difference back.
    public string? DismissedValue { get; set; }
}
