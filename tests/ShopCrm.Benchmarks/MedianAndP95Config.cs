using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;

namespace ShopCrm.Benchmarks;

// The grid goals are stated as median and 95th percentile.
public sealed class MedianAndP95Config : ManualConfig
{
    public MedianAndP95Config() => AddColumn(StatisticColumn.Median, StatisticColumn.P95);
}
