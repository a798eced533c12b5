using Microsoft.EntityFrameworkCore;
using ShopCrm.Clients.Contracts;
using ShopCrm.Clients.Domain;
using ShopCrm.Clients.Services.Import;
using ShopCrm.Core.Csv;
using ShopCrm.Core.Data;
using ShopCrm.Core.Imports;
using ShopCrm.Tests.Infrastructure;

namespace ShopCrm.Tests.Clients;

public sealed class ContactImportTests
{
    [Fact]
    public void The_known_headers_of_a_Google_Contacts_export_and_a_Polish_CRM_export_are_mapped_by_themselves()
    {
        var google = CsvFile.Header(SampleFile("google-contacts.csv")).Headers;
        var crm = CsvFile.Header(SampleFile("crm-export.csv")).Headers;

        var googleMap = ContactField.Guess(google).ToDictionary(m => m.Key, m => google[m.Value]);
        var crmMap = ContactField.Guess(crm).ToDictionary(m => m.Key, m => crm[m.Value]);

        Assert.Equal("E-mail 1 - Value", googleMap["Email"]);
        Assert.Equal("Phone 1 - Value", googleMap["Phone"]);
        Assert.Equal("Address 1 - Postal Code", googleMap["PostalCode"]);
        Assert.Equal("Organization Name", googleMap["Company"]);
        Assert.Equal("Birthday", googleMap["BirthDate"]);
        Assert.Equal(
            ["BirthDate:Data urodzenia", "City:Miasto", "Consent:Zgoda marketingowa", "Email:E-mail", "FirstName:Imię", "LastName:Nazwisko", "Phone:Telefon", "PostalCode:Kod pocztowy", "Street:Ulica"],
            crmMap.Select(m => $"{m.Key}:{m.Value}").Order());
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_file_with_bad_rows_imports_nothing_and_names_every_bad_line_with_its_reason(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);

        var import = await ImportAsync(host, "crm-export.csv", "Targi 2026");

        Assert.Equal(ClientImportStatus.Rejected, import.Status);
        Assert.Equal(
            [
                "4: \"tomasz@@wp\" is not an e-mail address",
                "5: no e-mail and no phone: nothing to reach the client by",
                "6: \"31.02.1990\" is not a birth date (use 1985-09-14 or 14.09.1985); \"może\" is not a consent answer (yes/no, tak/nie)",
            ],
            ClientImportService.ReportOf(import)!.Problems.Select(p => $"{p.Line}: {p.Reason}"));
        await using var db = await host.NewContextAsync();
        Assert.Equal(0, await db.Set<Client>().CountAsync());
        Assert.Equal(0, await db.Set<ClientTag>().CountAsync());
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Duplicates_within_the_file_and_against_existing_clients_become_one_client_with_the_new_details(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        var marek = await ClientDataBuilder.AddAsync(host, ClientDataBuilder.Person("Marek", "Istniejący", "Marek@Istniejacy.pl"));

        var import = await ImportAsync(host, "crm-export-good.csv", "Targi 2026, newsletter");

        Assert.Equal((ClientImportStatus.Done, 1, 1), (import.Status, import.CreatedClients, import.UpdatedClients));
        Assert.Equal(1, ClientImportService.ReportOf(import)!.MergedInFile);
        await using var db = await host.NewContextAsync();
        var clients = await db.Set<Client>().OrderBy(c => c.Id).ToListAsync();
        Assert.Equal(2, clients.Count);
        var updated = clients[0];
        Assert.Equal((marek.Id, "marek@istniejacy.pl", "+48602999888", "ul. Nowa 1", "małopolskie", true),
            (updated.Id, updated.NormalizedEmail, updated.NormalizedPhone, updated.Street, updated.Region, updated.MarketingConsent));
        var ewa = clients[1];
        Assert.Equal(("Ewa Wiśniewska", "ewa.w@gmail.com", "+48501100200", ClientChannel.Import, 9, "pomorskie", true),
            (ewa.DisplayName, ewa.NormalizedEmail, ewa.NormalizedPhone, ewa.Channel, ewa.BirthMonth, ewa.Region, ewa.MarketingConsent));
        Assert.Equal(
            [(marek.Id, ConsentSource.Import), (ewa.Id, ConsentSource.Import)],
            (await db.Set<ClientConsentChange>().OrderBy(c => c.ClientId).ToListAsync()).Select(c => (c.ClientId, c.Source)));
        Assert.Equal(4, await db.Set<ClientTagLink>().CountAsync());
        Assert.Equal(["Targi 2026", "newsletter"], (await db.Set<ClientTag>().Select(t => t.Name).ToListAsync()).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_Google_Contacts_export_imports_people_and_companies_and_folds_a_repeated_address_into_one_client(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);

        var import = await ImportAsync(host, "google-contacts.csv", null);

        Assert.Equal((ClientImportStatus.Done, 4, 0), (import.Status, import.CreatedClients, import.UpdatedClients));
        await using var db = await host.NewContextAsync();
        var jan = await db.Set<Client>().SingleAsync(c => c.NormalizedEmail == "jan.kowalski@wp.pl");
        Assert.Equal(("+48601234567", "+48601234567", 9, "łódzkie", false), (jan.Phone, jan.NormalizedPhone, jan.BirthMonth, jan.Region, jan.MarketingConsent));
        var janPhones = await db.Set<ClientContact>().Where(c => c.ClientId == jan.Id).Select(c => new { c.Value, c.NormalizedValue }).ToListAsync();
        Assert.Equal([("+48426000000", "+48426000000")], janPhones.Select(c => (c.Value, c.NormalizedValue)));
        var anna = await db.Set<Client>().SingleAsync(c => c.NormalizedEmail == "anna.nowak@onet.pl");
        Assert.Equal(["anna@firma.pl"], await db.Set<ClientContact>().Where(c => c.ClientId == anna.Id).Select(c => c.NormalizedValue).ToListAsync());
        var company = await db.Set<Client>().SingleAsync(c => c.Kind == ClientKind.Company);
        Assert.Equal(("Wędkarz Hurt Sp. z o.o.", "+48426301122"), (company.DisplayName, company.NormalizedPhone));
        Assert.Equal(0, await db.Set<ClientConsentChange>().CountAsync());
    }

    private static string SampleFile(string name) => Path.Combine(AppContext.BaseDirectory, "Clients", "ContactFiles", name);

    private static async Task<ClientImport> ImportAsync(CoreHost host, string file, string? tags)
    {
        var imports = host.Get<ClientImportService>();
        await using var content = File.OpenRead(SampleFile(file));
        var (importId, error) = await imports.UploadAsync(content, file, "anna.wlascicielska");
        Assert.Null(error);
        var (uploaded, _) = await imports.StateAsync(importId!.Value);
        Assert.Null(await imports.StartAsync(importId.Value, ClientImportService.MapOf(uploaded!), tags));
        await host.Get<ImportRunner<ClientImport>>().RunAsync(importId.Value);
        return (await imports.StateAsync(importId.Value)).Import!;
    }
}
