namespace ShopCrm.BrowserTests.Infrastructure;

// A browser context with one page that remembers what went wrong in the browser itself: uncaught
// script errors and console errors (a failed circuit, a 500 from a fetch) fail a test that checks them.
public sealed class BrowserSession : IAsyncDisposable
{
    private readonly IBrowserContext context;
    private readonly List<string> errors = [];

    public BrowserSession(IBrowserContext context, IPage page)
    {
        this.context = context;
        Page = page;
        page.PageError += (_, error) => Record("page error: " + error);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                Record("console error: " + message.Text);
            }
        };
    }

    public IPage Page { get; }

    public IReadOnlyList<string> BrowserErrors
    {
        get
        {
            lock (errors)
            {
                return errors.ToList();
            }
        }
    }

    public async ValueTask DisposeAsync() => await context.DisposeAsync();

    private void Record(string error)
    {
        lock (errors)
        {
            errors.Add(error);
        }
    }
}
