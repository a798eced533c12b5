using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.AspNetCore.Components.Web;
using ShopCrm.Core.Security;

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
        if (exception is PermissionDeniedException)
        {
            // A refusal the page did not foresee is not an error: no correlation id, no error log.
            Logger.LogWarning("A service refused: {Message}", exception.Message);
            return Task.CompletedTask;
        }

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

        if (CurrentException is PermissionDeniedException denied)
        {
            builder.OpenComponent<NotAllowedMessage>(3);
            builder.AddComponentParameter(4, nameof(NotAllowedMessage.Message), denied.Message);
            builder.CloseComponent();
            return;
        }

        builder.OpenComponent<ErrorMessage>(1);
        builder.AddComponentParameter(2, nameof(ErrorMessage.CorrelationId), correlationId);
        builder.CloseComponent();
    }
}
