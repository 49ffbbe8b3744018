using BenchmarkDotNet.Attributes;
using Clio.Scheduling;
using Clio.Scheduling.Optimization;

namespace Clio.Benchmarks;

/// <summary>
/// Fitting FSRS-6 weights to 100,000 simulated reviews (target: under 5 s on one core), with the default options:
/// 5 epochs, batches of 512, a held-out fifth of the cards scored before and after.
/// </summary>
[MemoryDiagnoser]
public class OptimizerBenchmarks
{
    private IReadOnlyList<CardReviews> _log = [];

    /// <summary>A student who forgets faster than the defaults assume.</summary>
    public static FsrsParameters Student { get; } = WithChanges(
        (0, 0.1), (1, 0.6), (2, 1.2), (3, 4.0), (8, 1.4), (10, 0.6), (11, 1.0), (20, 0.45));

    [GlobalSetup]
    public void Setup() =>
        _log = new ReviewSimulator(Student).Simulate(new SimulationOptions
        {
            Cards = 1_000_000,
            NewCardsPerDay = 20,
            Days = 730,
            MaxReviews = 100_000,
            Seed = 1,
        });

    [Benchmark]
    public OptimizationResult Fit100kReviews() => FsrsOptimizer.Fit(_log);

    private static FsrsParameters WithChanges(params (int Index, double Value)[] changes)
    {
        var w = FsrsParameters.Default.Weights.ToArray();
        foreach (var (i, v) in changes)
        {
            w[i] = v;
        }

        return FsrsParameters.Create(w).Value;
    }
}
