using BenchmarkDotNet.Attributes;
using Clio.Packs;
using Clio.Search;

namespace Clio.Benchmarks;

/// <summary>One search over the built-in pack, per realistic query.</summary>
[MemoryDiagnoser]
public class SearchBenchmarks
{
    private SearchIndex _index = null!;

    [ParamsSource(nameof(AllQueries))]
    public string Query { get; set; } = string.Empty;

    public static IEnumerable<string> AllQueries => Queries.Realistic;

    [GlobalSetup]
    public void Setup() => _index = SearchIndex.Build(PackLoader.Default);

    [Benchmark]
    public int Search() => _index.Search(Query, 10).Count;
}
