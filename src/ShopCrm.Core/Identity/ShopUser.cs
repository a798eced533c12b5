using Microsoft.AspNetCore.Identity;

namespace ShopCrm.Core.Identity;

public sealed class ShopUser : IdentityUser
{
    public string FullName { get; set; } = "";

    public DateTime CreatedAt { get; set; }
}
