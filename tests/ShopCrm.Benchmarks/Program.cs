using BenchmarkDotNet.Running;
using ShopCrm.Benchmarks;
using ShopCrm.Core.Data;

// Run on demand, not in CI:
//   dotnet run -c Release --project tests/ShopCrm.Benchmarks -- --filter '*'
// PostgreSQL cases need SHOPCRM_BENCH_POSTGRES (a connection string to an empty database).
// `-- --sql` prints the SQL the model, client and order grids send, to compare with the hand-written statements.
if (args.Contains("--sql"))
{
    foreach (var provider in BenchDatabase.Providers)
    {
        await ProductGridBenchmark.PrintSqlAsync(provider);
        ClientGridBenchmark.PrintSql(provider);
        await OrderGridBenchmark.PrintSqlAsync(provider);
    }

    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
