namespace ShopCrm.BrowserTests.Infrastructure;

// Tests that move the app's clock days ahead get an app of their own: the other browser tests compare
// what the app shows with today's date.
[CollectionDefinition(Name)]
public sealed class DaysLaterCollection : ICollectionFixture<BrowserApp>
{
    public const string Name = "Browser, days later";
}
