namespace ShopCrm.Tests.Infrastructure;

// One app with the demo accounts per test class that uses it.
public sealed class WebAppFixture : IDisposable
{
    public WebAppFactory Factory { get; } = new();

    public void Dispose() => Factory.Dispose();
}
