using Clio.Scheduling;
using Clio.Scheduling.Optimization;

namespace Clio.Tests.Scheduling.Optimization;

public sealed class ReviewSimulatorTest
{
    [Fact]
    public void Simulate_SameOptions_SameLog()
    {
        var a = Students.Log(Students.Weak, 2000, seed: 3);
        var b = Students.Log(Students.Weak, 2000, seed: 3);

        Assert.Equal(a.Select(c => c.CardId), b.Select(c => c.CardId));
        Assert.Equal(a.SelectMany(c => c.Reviews), b.SelectMany(c => c.Reviews));
    }

    [Fact]
    public void Simulate_MaxReviews_StopsThere()
    {
        var log = Students.Log(Students.Weak, 2000, seed: 3);

        Assert.Equal(2000, log.Sum(c => c.Reviews.Length));
    }

    [Fact]
    public void Simulate_StudentMatchesTheScheduler_RecallsAboutAsOftenAsDesired()
    {
        // With no late reviews and no fuzz, every long-term review comes when the (true) retrievability is about 0.9.
        var log = new ReviewSimulator(FsrsParameters.Default).Simulate(new SimulationOptions
        {
            Cards = 3000,
            Days = 400,
            LateChance = 0,
            Fuzz = 0,
            DesiredRetention = 0.9,
        });

        var items = log.SelectMany(c => c.Reviews.Skip(1).Zip(c.Reviews, (now, before) => (now, gap: now.Day - before.Day))).Where(x => x.gap > 0).ToList();
        var recall = items.Count(x => x.now.Rating > Rating.Again) / (double)items.Count;

        Assert.True(items.Count > 10_000);
        Assert.InRange(recall, 0.88, 0.92);
    }

    [Fact]
    public void Simulate_WeakStudent_ForgetsMoreThanTheSchedulerExpects()
    {
        var log = Students.Log(Students.Weak, 10_000, seed: 4);
        var items = log.SelectMany(c => c.Reviews.Skip(1).Zip(c.Reviews, (now, before) => (now, gap: now.Day - before.Day))).Where(x => x.gap > 0).ToList();

        Assert.True(items.Count(x => x.now.Rating > Rating.Again) / (double)items.Count < 0.8);
    }
}
