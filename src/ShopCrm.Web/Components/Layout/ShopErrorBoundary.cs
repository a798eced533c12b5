using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.AspNetCore.Components.Web;

namespace ShopCrm.Web.Components.Layout;

// An exception inside an interactive page shows a friendly message with an id that is also in the log,
// instead of the circuit's bare "An unhandled error has occurred".
public sealed class ShopErrorBoundary : ErrorBoundary
{
    private string correlationId = "";

    [Inject]
    private ILogger<ShopErrorBoundary> Logger { get; set; } = default!;

    protected override Task OnErrorAsync(Exception exception)
    {
        correlationId = Hosting.CorrelationId.NewId();
        Logger.LogError(exception, "Unhandled error in a page, correlation id {CorrelationId}", correlationId);
        return Task.CompletedTask;
    }

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        if (CurrentException is null)
        {
            builder.AddContent(0, ChildContent);
            return;
        }

        builder.OpenComponent<ErrorMessage>(1);
        builder.AddComponentParameter(2, nameof(ErrorMessage.CorrelationId), correlationId);
        builder.CloseComponent();
    }
}
