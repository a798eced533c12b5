using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using ShopCrm.Core.Auditing;

namespace ShopCrm.Web.Hosting;

// A circuit has no HttpContext, so before each inbound activity (a click, a grid load) the circuit's user
// is made the current user for the audit log.
public sealed class UserCircuitHandler(AuthenticationStateProvider authentication) : CircuitHandler, IDisposable
{
    private ClaimsPrincipal? user;

    public override async Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        authentication.AuthenticationStateChanged += OnAuthenticationChanged;
        user = (await authentication.GetAuthenticationStateAsync()).User;
    }

    public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(Func<CircuitInboundActivityContext, Task> next) =>
        async context =>
        {
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

    private async void OnAuthenticationChanged(Task<AuthenticationState> state) => user = (await state).User;
}
