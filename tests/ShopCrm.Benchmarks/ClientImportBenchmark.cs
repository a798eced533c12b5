using System.Diagnostics;
using System.Text;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using ShopCrm.Clients.Contracts;
using ShopCrm.Clients.Domain;
using ShopCrm.Clients.Services.Import;
using ShopCrm.Core.Data;
using ShopCrm.Core.Imports;

namespace ShopCrm.Benchmarks;

// Importing a CRM export of 10,000 contacts through the app's own path: the upload (stored, columns
// guessed, lines counted), then the import runner: every line checked, lines of one person folded,
// matched against the clients already there, written in one transaction. Each iteration imports a new
// file of 10,000 lines: 9,000 new people, 500 of them on a second line with their other phone, and 500
// lines of clients who are already in the base (their details are completed, not duplicated).
[Config(typeof(ImportRunConfig))]
public class ClientImportBenchmark
{
    private const int Lines = 10_000;
    private const int Existing = 500;
    private const string Header = "Imię;Nazwisko;E-mail;Telefon;Ulica;Kod pocztowy;Miasto;Data urodzenia;Zgoda marketingowa";

    private BenchDatabase database = default!;
    private byte[] file = [];
    private int run;

    [ParamsSource(nameof(Providers))]
    public DatabaseProvider Provider { get; set; }

    public static IEnumerable<DatabaseProvider> Providers => BenchDatabase.Providers;

    [GlobalSetup]
    public void Setup()
    {
        database = new BenchDatabase(Provider);
        using var db = database.NewContext();
        for (var i = 0; i < Existing; i++)
        {
            var email = $"staly{i}@example.pl";
            db.Add(new Client
            {
                Kind = ClientKind.Person, FirstName = "Stały", LastName = $"Klient {i}", DisplayName = $"Stały Klient {i}", NormalizedName = $"staly klient {i}",
                Email = email, NormalizedEmail = email, Channel = ClientChannel.Store, RegisteredAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow,
            });
        }

        db.SaveChanges();
    }

    [IterationSetup]
    public void WriteFile() => file = Encoding.UTF8.GetBytes(Contacts(run++));

    [GlobalCleanup]
    public void Cleanup()
    {
        Console.WriteLine($"// Peak working set of the benchmark process: {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MB");
        database.Dispose();
    }

    [Benchmark]
    public async Task<int> ImportTenThousandContacts()
    {
        var imports = database.Services.GetRequiredService<ClientImportService>();
        await using var content = new MemoryStream(file);
        var (importId, error) = await imports.UploadAsync(content, $"kontakty-{run}.csv", "bench");
        var (uploaded, _) = await imports.StateAsync(importId ?? throw new InvalidOperationException(error));
        var refused = await imports.StartAsync(importId.Value, ClientImportService.MapOf(uploaded!), "targi");
        if (refused is not null)
        {
            throw new InvalidOperationException(refused);
        }

        await database.Services.GetRequiredService<ImportRunner<ClientImport>>().RunAsync(importId.Value);
        var (done, _) = await imports.StateAsync(importId.Value);
        if (done is not { Status: ClientImportStatus.Done, CreatedClients: Lines - 2 * Existing, UpdatedClients: Existing })
        {
            throw new InvalidOperationException($"The import ended {done?.Status} with {done?.CreatedClients} new and {done?.UpdatedClients} completed clients: {done?.Report}");
        }

        return done.CreatedClients + done.UpdatedClients;
    }

    private static string Contacts(int run)
    {
        var text = new StringBuilder(Header).Append('\n');
        for (var i = 0; i < Lines - 2 * Existing; i++)
        {
            text.Append($"Jan;Nowak {run}-{i};jan.{run}.{i}@example.pl;5{run:D4}{i:D4};ul. Polna {i % 90 + 1};80-{i % 1000:D3};Gdańsk;14.09.1985;tak\n");
        }

        for (var i = 0; i < Existing; i++)
        {
            text.Append($"Jan;Nowak {run}-{i};jan.{run}.{i}@example.pl;7{run:D4}{i:D4};;;;;\n");
        }

        for (var i = 0; i < Existing; i++)
        {
            text.Append($"Stały;Klient {i};staly{i}@example.pl;6{run:D4}{i:D4};ul. Leśna 2;31-001;Kraków;;tak\n");
        }

        return text.ToString();
    }
}
