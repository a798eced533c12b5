namespace ShopCrm.Clients.Services;

// A field where the e-shop sent something else than staff had set since: shown on the client card to be
// accepted (the site's value is taken) or dismissed (staff's stays).
public sealed record ClientSiteDifference(string Field, string Label, string? StaffValue, string? SiteValue, DateTime SentAt);
