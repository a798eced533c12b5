namespace ShopCrm.BrowserTests.Infrastructure;

// Debian's Chromium, never a downloaded browser: `playwright install` is not run on these machines.
public static class Chromium
{
    public const string PathVariable = "SHOPCRM_TEST_CHROMIUM";

    public const string DefaultPath = "/usr/bin/chromium";

    public static readonly IReadOnlyList<string> Arguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    public static string ExecutablePath()
    {
        var configured = Environment.GetEnvironmentVariable(PathVariable);
        var path = string.IsNullOrWhiteSpace(configured) ? DefaultPath : configured;
        if (!File.Exists(path))
        {
            throw new InvalidOperationException(
                $"Chromium is not at '{path}'. The browser tests need it and do not skip: install Debian's "
                + $"'chromium' package (apt-get install -y chromium) or set {PathVariable} to the browser's executable.");
        }

        return path;
    }
}
