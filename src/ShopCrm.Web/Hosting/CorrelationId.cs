using System.Diagnostics;

namespace ShopCrm.Web.Hosting;

public static class CorrelationId
{
    public static string Of(HttpContext? context) =>
        Activity.Current?.TraceId.ToString() ?? context?.TraceIdentifier ?? NewId();

    public static string NewId() => Guid.NewGuid().ToString("N")[..16];
}
