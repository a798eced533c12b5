using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace ShopCrm.Core.Auditing;

// Who is acting right now, for the audit log: the HTTP request's user, or in a Blazor circuit (which has
// no HttpContext) the circuit's user, which the circuit handler puts into CircuitUser for each inbound
// activity; background jobs act as "system".
public sealed class CurrentUser(IHttpContextAccessor http) : ICurrentUser
{
    public const string System = "system";

    private static readonly AsyncLocal<ClaimsPrincipal?> CircuitPrincipal = new();

    public static ClaimsPrincipal? CircuitUser
    {
        get => CircuitPrincipal.Value;
        set => CircuitPrincipal.Value = value;
    }

    private ClaimsPrincipal? Effective => CircuitUser ?? http.HttpContext?.User;

    public string? UserId => Effective?.FindFirstValue(ClaimTypes.NameIdentifier);

    public ClaimsPrincipal? Principal => Effective?.Identity?.IsAuthenticated == true ? Effective : null;

    public bool IsSystem => Effective is null;

    public string UserName => Effective?.Identity?.IsAuthenticated == true ? Effective.Identity.Name ?? System : System;
}
