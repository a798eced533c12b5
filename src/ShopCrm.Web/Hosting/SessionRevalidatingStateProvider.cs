using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;

namespace ShopCrm.Web.Hosting;

// An open circuit keeps the principal it started with; this re-checks the session now and then, so a
// page left open after the person logged out elsewhere (or was disabled) falls back to the login page
// even without a click. UserCircuitHandler checks again before every click.
public sealed class SessionRevalidatingStateProvider(ILoggerFactory loggers, SessionStamp sessions)
    : RevalidatingServerAuthenticationStateProvider(loggers)
{
    protected override TimeSpan RevalidationInterval => TimeSpan.FromMinutes(1);

    protected override Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken) =>
        sessions.IsCurrentAsync(authenticationState.User, cancellationToken);
}
