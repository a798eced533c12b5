using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace ShopCrm.Benchmarks;

// An import runs for many seconds (minutes on a loaded machine), past the five minutes the in-process
// toolchain of `--inProcess` allows a whole case: this job runs in process with a longer limit, one
// import per iteration. Run it without `--inProcess` or job options on the command line.
public sealed class ImportRunConfig : ManualConfig
{
    public ImportRunConfig()
    {
        AddJob(Job.Default
            .WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(60), logOutput: true))
            .WithWarmupCount(1)
            .WithIterationCount(3)
            .WithInvocationCount(1)
            .WithUnrollFactor(1));
        AddDiagnoser(MemoryDiagnoser.Default);
    }
}
