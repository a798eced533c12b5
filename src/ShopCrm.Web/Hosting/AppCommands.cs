using Microsoft.EntityFrameworkCore;
using ShopCrm.Core.Data;
using ShopCrm.Core.Demo;
using ShopCrm.Web.Demo;

namespace ShopCrm.Web.Hosting;

// `dotnet run -- migrate`, `dotnet run -- seed --demo --scale small|full`, `dotnet run -- schema-script FILE` (the DDL the model expects, to start a migration from).
public static class AppCommands
{
    public static async Task<bool> TryRunAsync(WebApplication app, string[] args)
    {
        switch (args.FirstOrDefault())
        {
            case "migrate":
                var applied = await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync();
                Console.WriteLine(applied.Count == 0 ? "The schema is up to date." : "Applied: " + string.Join(", ", applied));
                return true;
            case "seed":
                await SeedAsync(app, args);
                return true;
            case "schema-script":
                await using (var scope = app.Services.CreateAsyncScope())
                {
                    var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<ShopDbContext>>().CreateDbContextAsync();
                    // Written to a file: the log shares the console.
                    var file = args.ElementAtOrDefault(1) ?? "schema.sql";
                    await File.WriteAllTextAsync(file, db.Database.GenerateCreateScript());
                    Console.WriteLine($"Wrote the {db.Database.ProviderName} schema to {Path.GetFullPath(file)}.");
                }

                return true;
            default:
                return false;
        }
    }

    private static async Task SeedAsync(WebApplication app, string[] args)
    {
        if (!args.Contains("--demo"))
        {
            throw new ArgumentException("Usage: seed --demo [--scale small|full]");
        }

        var scaleIndex = Array.IndexOf(args, "--scale");
        var scale = scaleIndex >= 0 && scaleIndex + 1 < args.Length
            ? Enum.Parse<DemoScale>(args[scaleIndex + 1], ignoreCase: true)
            : DemoScale.Small;
        await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync();
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<FirstRun>().EnsureRolesAsync();
        var took = await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(scale);
        Console.WriteLine($"Seeded the {scale.ToString().ToLowerInvariant()} demo in {took.TotalSeconds:N1} s.");
        FirstRun.PrintDemoLogins();
    }
}
