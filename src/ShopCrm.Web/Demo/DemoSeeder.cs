using System.Diagnostics;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using ShopCrm.Core.Company;
using ShopCrm.Core.Data;
using ShopCrm.Core.Demo;
using ShopCrm.Core.Identity;

namespace ShopCrm.Web.Demo;

public sealed class DemoSeeder(
    IDbContextFactory<ShopDbContext> contexts,
    UserManager<ShopUser> users,
    IEnumerable<IDemoDataSeeder> moduleSeeders,
    TimeProvider time,
    ILogger<DemoSeeder> logger)
{
    public async Task<TimeSpan> SeedAsync(DemoScale scale, CancellationToken ct = default)
    {
        var watch = Stopwatch.StartNew();
        await SeedCompanyAsync(ct);
        await SeedEmployeesAsync();
        foreach (var seeder in moduleSeeders.OrderBy(s => s.Order))
        {
            var step = Stopwatch.StartNew();
            await seeder.SeedAsync(scale, ct);
            logger.LogInformation("Demo data for {Module} took {Seconds:N1} s", seeder.Name, step.Elapsed.TotalSeconds);
        }

        return watch.Elapsed;
    }

    private async Task SeedCompanyAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (await db.CompanyProfiles.AnyAsync(ct))
        {
            return;
        }

        db.CompanyProfiles.Add(new CompanyProfile
        {
            Name = "Wędkarski Raj Sp. z o.o.",
            Street = "ul. Rybacka 12",
            PostalCode = "80-001",
            City = "Gdańsk",
            Country = "PL",
            VatId = "PL5842736190",
            BankAccount = "PL61 1090 1014 0000 0712 1981 2874",
            Email = "sklep@wedkarskiraj.pl",
            Phone = "+48 58 123 45 67",
            Website = "www.wedkarskiraj.pl",
            Currency = "PLN",
            TimeZone = "Europe/Warsaw",
            Culture = "pl-PL",
        });
        await db.SaveChangesAsync(ct);
    }

    private async Task SeedEmployeesAsync()
    {
        foreach (var (email, fullName, role) in DemoAccounts.All)
        {
            if (await users.FindByEmailAsync(email) is not null)
            {
                continue;
            }

            var user = new ShopUser { UserName = email, Email = email, EmailConfirmed = true, FullName = fullName, CreatedAt = time.GetUtcNow().UtcDateTime };
            Check(await users.CreateAsync(user, DemoAccounts.Password));
            Check(await users.AddToRoleAsync(user, role));
        }
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
