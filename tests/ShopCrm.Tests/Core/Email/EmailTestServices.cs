using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ShopCrm.Core.Email;

namespace ShopCrm.Tests.Core.Email;

internal static class EmailTestServices
{
    public const string Polish = "Zażółć gęślą jaźń";
    public const string Cyrillic = "Съешь же ещё этих мягких французских булок";

    public static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddShopCrmEmail(configuration).BuildServiceProvider(validateScopes: true);
    }
}
