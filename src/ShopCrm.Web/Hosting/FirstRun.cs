using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using ShopCrm.Core.Demo;
using ShopCrm.Core.Identity;
using ShopCrm.Core.Security;
using ShopCrm.Web.Demo;

namespace ShopCrm.Web.Hosting;

// Runs at every start: roles and default permission grants exist; on an empty database either the
// demo is seeded (Development) or one Owner is created whose password comes from configuration or is
// generated and printed once. There is no built-in default password.
public sealed class FirstRun(
    RoleManager<IdentityRole> roles,
    UserManager<ShopUser> users,
    PermissionStore permissions,
    DemoSeeder demo,
    IConfiguration configuration,
    TimeProvider time,
    ILogger<FirstRun> logger)
{
    public async Task RunAsync()
    {
        await EnsureRolesAsync();
        await permissions.ApplyDefaultGrantsAsync(time.GetUtcNow().UtcDateTime);
        if (users.Users.Any())
        {
            return;
        }

        if (configuration.GetValue<bool>("Demo:SeedOnFirstRun"))
        {
            var took = await demo.SeedAsync(DemoScale.Small);
            logger.LogInformation("Seeded the small demo in {Seconds:N1} s", took.TotalSeconds);
            return;
        }

        await CreateOwnerAsync();
    }

    public async Task EnsureRolesAsync()
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }
    }

    public static void PrintDemoLogins()
    {
        Console.WriteLine();
        Console.WriteLine("ShopCrm demo accounts (password for all: " + DemoAccounts.Password + "):");
        foreach (var (email, _, role) in DemoAccounts.All)
        {
            Console.WriteLine($"  {role,-14} {email}");
        }

        Console.WriteLine();
    }

    private async Task CreateOwnerAsync()
    {
        var email = configuration["Owner:Email"] is { Length: > 0 } configured ? configured : "owner@example.com";
        var password = configuration["Owner:Password"];
        var generated = string.IsNullOrEmpty(password);
        if (generated)
        {
            password = RandomNumberGenerator.GetString("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789", 20);
        }

        var owner = new ShopUser { UserName = email, Email = email, EmailConfirmed = true, FullName = "Owner", CreatedAt = time.GetUtcNow().UtcDateTime };
        var result = await users.CreateAsync(owner, password!);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Cannot create the Owner: " + string.Join("; ", result.Errors.Select(e => e.Description)));
        }

        await users.AddToRoleAsync(owner, Roles.Owner);
        Console.WriteLine(generated
            ? $"Created the Owner account {email} with the generated password {password} (shown once; change it after logging in)."
            : $"Created the Owner account {email} with the password from configuration.");
    }
}
