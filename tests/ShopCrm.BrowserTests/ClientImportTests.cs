using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ShopCrm.BrowserTests.Infrastructure;
using ShopCrm.BrowserTests.Pages;
using ShopCrm.Clients.Contracts;
using ShopCrm.Clients.Domain;
using ShopCrm.Core.Data;
using ShopCrm.Core.Security;

namespace ShopCrm.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class ClientImportTests(BrowserApp app)
{
    [Fact]
    public async Task The_owner_imports_contacts_bad_lines_are_explained_and_the_fixed_file_completes_the_existing_client()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var existingEmail = $"marek.{suffix}@istniejacy.pl";
        var contexts = app.Services.GetRequiredService<IDbContextFactory<ShopDbContext>>();
        int existingId;
        await using (var db = await contexts.CreateDbContextAsync())
        {
            var marek = new Client
            {
                FirstName = "Marek", LastName = "Istniejący", DisplayName = "Marek Istniejący", NormalizedName = "marek istniejacy " + suffix,
                Email = existingEmail, NormalizedEmail = existingEmail, Channel = ClientChannel.Store, RegisteredAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow,
            };
            db.Add(marek);
            await db.SaveChangesAsync();
            existingId = marek.Id;
        }

        const string header = "Imię;Nazwisko;E-mail;Telefon;Kod pocztowy;Miasto;Data urodzenia;Zgoda marketingowa";
        var newcomer = $"Ewa;Wiśniewska;ewa.{suffix}@gmail.com;;80-001;Gdańsk;14.09.1985;tak";
        var duplicate = $"Marek;Istniejący;{existingEmail.ToUpperInvariant()};;31-001;Kraków;;tak";
        var badFile = string.Join("\r\n", header, newcomer, duplicate, $"Tomasz;Zły;tomasz.{suffix}@@wp;;;;;", "Kasia;Bezkontaktu;;;;;;", "");
        var goodFile = string.Join("\r\n", header, newcomer, duplicate, "");

        await using var session = await app.OpenSessionAsync();
        var page = session.Page;
        var shell = await DemoLogin.AsAsync(page, Roles.Owner);
        await shell.OpenMenuEntryAsync("Client imports", ClientImportsPage.Path);
        var imports = new ClientImportsPage(page);
        await shell.WaitUntilInteractiveAsync();
        await shell.WaitUntilLoadedAsync();
        await imports.UploadAsync("kontakty-targi.csv", badFile);
        await shell.WaitUntilInteractiveAsync();
        await Screenshots.SaveAsync(page, "owner-client-import-mapping");
        await imports.ImportButton.ClickAsync();
        await Expect(imports.LinesToFix).ToContainTextAsync($"\"tomasz.{suffix}@@wp\" is not an e-mail address");
        await Expect(imports.LinesToFix).ToContainTextAsync("no e-mail and no phone");
        await Expect(imports.Result).ToContainTextAsync("2 of 4 lines need fixing");
        await Screenshots.SaveAsync(page, "owner-client-import-rejected");

        await shell.OpenMenuEntryAsync("Client imports", ClientImportsPage.Path);
        await shell.WaitUntilInteractiveAsync();
        await shell.WaitUntilLoadedAsync();
        await imports.UploadAsync("kontakty-targi-poprawione.csv", goodFile);
        await shell.WaitUntilInteractiveAsync();
        await imports.TagsBox.FillAsync("Targi " + suffix);
        await imports.ImportButton.ClickAsync();
        await Expect(imports.Result).ToContainTextAsync("1 new clients, 1 existing clients completed");
        await Screenshots.SaveAsync(page, "owner-client-import-done");

        await using var check = await contexts.CreateDbContextAsync();
        var marekNow = await check.Set<Client>().SingleAsync(c => c.Id == existingId);
        Assert.Equal(("31-001", "małopolskie", true), (marekNow.PostalCode, marekNow.Region, marekNow.MarketingConsent));
        Assert.Equal(1, await check.Set<Client>().CountAsync(c => c.NormalizedEmail == existingEmail));
        Assert.Equal(2, await check.Set<ClientTagLink>().CountAsync(l => check.Set<ClientTag>().Any(t => t.Id == l.TagId && t.Name == "Targi " + suffix)));
        Assert.Empty(session.BrowserErrors);
    }
}
