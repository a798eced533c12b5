using System.Security.Claims;

namespace ShopCrm.Core.Auditing;

public interface ICurrentUser
{
    string? UserId { get; }

    string UserName { get; }

    // The signed-in person, for services that check a permission themselves; null for jobs ("system").
    ClaimsPrincipal? Principal { get; }

    // True only outside any request and circuit (background jobs and workers); an anonymous request is not the system.
    bool IsSystem { get; }
}
