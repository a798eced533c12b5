using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace ShopCrm.Web.Hosting;

// Work-around, see docs/adr/0004-blazor-script.md and BlazorScript.targets: serves blazor.web.js taken
// from the embedded resources of the 9.0 Components.Endpoints assembly copied beside the app.
public static class BlazorScriptEndpoint
{
    private const string ResourceSuffix = "blazor.web.js";

    private static readonly Lazy<byte[]> Script = new(ReadScript);

    public static IEndpointConventionBuilder MapBlazorScript(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/_framework/blazor.web.js", () => Results.Bytes(Script.Value, "text/javascript"))
            .AllowAnonymous()
            .ExcludeFromDescription();

    public static byte[] ReadScript()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "blazor-script", "Microsoft.AspNetCore.Components.Endpoints.dll");
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        foreach (var handle in metadata.ManifestResources)
        {
            var resource = metadata.GetManifestResource(handle);
            if (!metadata.GetString(resource.Name).EndsWith(ResourceSuffix, StringComparison.Ordinal))
            {
                continue;
            }

            var directory = pe.PEHeaders.CorHeader!.ResourcesDirectory;
            var section = pe.GetSectionData(directory.RelativeVirtualAddress);
            var reader = section.GetReader((int)resource.Offset, section.Length - (int)resource.Offset);
            var length = reader.ReadInt32();
            return reader.ReadBytes(length);
        }

        throw new InvalidOperationException($"{ResourceSuffix} is not embedded in {path}.");
    }
}
