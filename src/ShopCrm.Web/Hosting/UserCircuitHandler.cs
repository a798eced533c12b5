using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using ShopCrm.Core.Auditing;

namespace ShopCrm.Web.Hosting;

// A circuit has no HttpContext, so before each inbound activity (a click, a grid load) the circuit's user
// is made the current user for the audit log. The session is checked first: once the person logged out,
// changed the password elsewhere or was disabled, the activity is dropped and the circuit turns anonymous,
// which sends its pages to the login page.
public sealed class UserCircuitHandler(AuthenticationStateProvider authentication, SessionStamp sessions) : CircuitHandler, IDisposable
{
    private static readonly ClaimsPrincipal Anonymous = new(new ClaimsIdentity());

    private ClaimsPrincipal? user;

    public override async Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        authentication.AuthenticationStateChanged += OnAuthenticationChanged;
        user = (await authentication.GetAuthenticationStateAsync()).User;
    }

    public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(Func<CircuitInboundActivityContext, Task> next) =>
        async context =>
        {
            if (user is not null && !await sessions.IsCurrentAsync(user))
            {
                EndSession();
                return;
            }

            CurrentUser.CircuitUser = user;
            try
            {
                await next(context);
            }
            finally
            {
                CurrentUser.CircuitUser = null;
            }
        };

    public void Dispose() => authentication.AuthenticationStateChanged -= OnAuthenticationChanged;

    private void EndSession()
    {
        user = Anonymous;
        if (authentication is IHostEnvironmentAuthenticationStateProvider host)
        {
            host.SetAuthenticationState(Task.FromResult(new AuthenticationState(Anonymous)));
        }
    }

    private async void OnAuthenticationChanged(Task<AuthenticationState> state) => user = (await state).User;
}
