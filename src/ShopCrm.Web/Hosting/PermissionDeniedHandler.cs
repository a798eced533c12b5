using Microsoft.AspNetCore.Diagnostics;
using ShopCrm.Core.Security;

namespace ShopCrm.Web.Hosting;

// A service that refuses (PermissionGuard) inside an HTTP request answers 403 problem details, not 500.
public sealed class PermissionDeniedHandler : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not PermissionDeniedException denied)
        {
            return false;
        }

        await Refusals.WriteForbiddenAsync(httpContext, denied.Permission, denied.Message);
        return true;
    }
}
