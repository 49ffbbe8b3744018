using BenchmarkDotNet.Attributes;
using Clio.Packs;
using Clio.Search;

namespace Clio.Benchmarks;

/// <summary>Loading and validating the built-in pack, and building its search index.</summary>
[MemoryDiagnoser]
public class LoadBenchmarks
{
    [Benchmark]
    public PackLoadResult LoadAndValidateDefaultPack() => PackLoader.Load(EmbeddedPackSource.Default);

    [Benchmark]
    public SearchIndex BuildSearchIndex() => SearchIndex.Build(PackLoader.Default);
}
