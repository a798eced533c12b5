namespace ShopCrm.BrowserTests.Infrastructure;

// Screenshots go to screenshots/ beside ShopCrm.sln (or to SHOPCRM_SCREENSHOTS), where the user guide
// and a reviewer can find them after a run.
public static class Screenshots
{
    public const string FolderVariable = "SHOPCRM_SCREENSHOTS";

    private static readonly Lazy<string> FolderPath = new(FindFolder);

    public static string Folder => FolderPath.Value;

    public static async Task SaveAsync(IPage page, string name)
    {
        var safeName = string.Concat(name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? char.ToLowerInvariant(c) : '-'));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Folder, safeName + ".png"), FullPage = true, Animations = ScreenshotAnimations.Disabled });
    }

    private static string FindFolder()
    {
        var configured = Environment.GetEnvironmentVariable(FolderVariable);
        var folder = string.IsNullOrWhiteSpace(configured) ? Path.Combine(RepositoryRoot(), "screenshots") : configured;
        Directory.CreateDirectory(folder);
        return folder;
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ShopCrm.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException(
            $"ShopCrm.sln was not found above {AppContext.BaseDirectory}; set {FolderVariable} to say where screenshots go.");
    }
}
