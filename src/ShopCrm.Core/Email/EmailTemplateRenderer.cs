using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.Logging;

namespace ShopCrm.Core.Email;

// Scoped, so templates that @inject scoped services (the database context) get the caller's scope.
public sealed class EmailTemplateRenderer(IServiceProvider services, ILoggerFactory loggerFactory)
{
    public Task<string> RenderAsync<TComponent>()
        where TComponent : IComponent =>
        RenderAsync<TComponent>(new Dictionary<string, object?>());

    public async Task<string> RenderAsync<TComponent>(IDictionary<string, object?> parameters)
        where TComponent : IComponent
    {
        await using var renderer = new HtmlRenderer(services, loggerFactory);
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(parameters));
            return output.ToHtmlString();
        });
    }
}
