using BenchmarkDotNet.Running;

// Run on demand, not in CI:
//   dotnet run -c Release --project tests/ShopCrm.Benchmarks -- --filter '*'
// PostgreSQL cases need SHOPCRM_BENCH_POSTGRES (a connection string to an empty database).
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
