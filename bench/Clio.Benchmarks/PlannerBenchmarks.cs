using BenchmarkDotNet.Attributes;
using Clio.Revision.Planning;
using Clio.Scheduling;

namespace Clio.Benchmarks;

/// <summary>Planning 1,000 cards (600 studied, 400 new) up to an exam 30 or 90 days away, 100 cards a day at most.</summary>
[MemoryDiagnoser]
public class PlannerBenchmarks
{
    private static readonly DateOnly Today = new(2026, 11, 22);
    private List<ExamCard> _cards = [];

    [GlobalSetup]
    public void Setup()
    {
        var rng = new Random(3);
        _cards = [];
        for (var i = 0; i < 1000; i++)
        {
            _cards.Add(i < 600
                ? ExamCard.Seen("s" + i, new MemoryState(0.5 + (rng.NextDouble() * 30), 1 + (rng.NextDouble() * 9)), Today.AddDays(-rng.Next(0, 20)))
                : ExamCard.New("n" + i));
        }
    }

    [Benchmark]
    public ExamPlan Plan1000Cards30Days() => Plan(30);

    [Benchmark]
    public ExamPlan Plan1000Cards90Days() => Plan(90);

    private ExamPlan Plan(int days) =>
        ExamPlanner.Default.Plan(_cards, new ExamPlanOptions { Today = Today, ExamDate = Today.AddDays(days), MaxCardsPerDay = 100 }).Value;
}
