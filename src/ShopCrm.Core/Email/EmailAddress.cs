namespace ShopCrm.Core.Email;

public sealed record EmailAddress(string Address, string? DisplayName = null);
