namespace ShopCrm.BrowserTests.Infrastructure;

[CollectionDefinition(Name)]
public sealed class ClockedBrowserCollection : ICollectionFixture<ClockedBrowserApp>
{
    public const string Name = "Browser with a moved clock";
}
