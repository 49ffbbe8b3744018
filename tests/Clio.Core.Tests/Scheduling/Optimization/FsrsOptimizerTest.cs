using Clio.Scheduling;
using Clio.Scheduling.Optimization;

namespace Clio.Tests.Scheduling.Optimization;

public sealed class FsrsOptimizerTest
{
    private static readonly IReadOnlyList<CardReviews> WeakLog = Students.Log(Students.Weak, 15_000, seed: 1);
    private static readonly OptimizationResult WeakFit = FsrsOptimizer.Fit(WeakLog);

    public static TheoryData<string, int> Logs => new()
    {
        { "weak", 1 }, { "weak", 2 }, { "strong", 1 }, { "strong", 2 },
    };

    [Theory]
    [MemberData(nameof(Logs))]
    public void Fit_SimulatedStudent_ImprovesHeldOutLogLossAndRmse(string student, int seed)
    {
        var log = Students.Log(student == "weak" ? Students.Weak : Students.Strong, 15_000, seed);

        var result = FsrsOptimizer.Fit(log);

        Assert.False(result.FellBack, result.FallbackReason);
        Assert.True(result.After!.Value.LogLoss < result.Before!.Value.LogLoss, $"{result.After} against {result.Before}");
        Assert.True(result.After!.Value.RmseBins < result.Before!.Value.RmseBins, $"{result.After} against {result.Before}");
        Assert.Equal(result.Before.Value.Items, result.TestItems);
    }

    [Fact]
    public void Fit_WeakStudent_MovesTowardsTheTrueWeights()
    {
        var fitted = WeakFit.Parameters;
        var defaults = FsrsParameters.Default;
        var truth = Students.Weak;

        // Initial stabilities, growth after a recall and the decay of the forgetting curve all move the right way
        // and end nearer the truth than the defaults were.
        foreach (var i in new[] { 0, 1, 2, 3, 8, 10, 20 })
        {
            Assert.True(Math.Abs(fitted[i] - truth[i]) < Math.Abs(defaults[i] - truth[i]), $"w{i}: default {defaults[i]}, fitted {fitted[i]}, true {truth[i]}");
        }

        Assert.True(fitted[20] > defaults[20]);
        Assert.True(fitted[2] < defaults[2]);
    }

    [Fact]
    public void Fit_StrongStudent_RaisesInitialStabilities()
    {
        var result = FsrsOptimizer.Fit(Students.Log(Students.Strong, 15_000, seed: 3));

        Assert.True(result.Parameters[2] > FsrsParameters.Default[2]);
        Assert.True(result.Parameters[1] > FsrsParameters.Default[1]);
    }

    [Fact]
    public void Fit_ReportsTrainingAndTestSizes()
    {
        Assert.Equal(5, WeakFit.Epochs);
        Assert.InRange(WeakFit.BestEpoch, 0, 5);
        Assert.True(WeakFit.TrainingItems > 3 * WeakFit.TestItems, $"{WeakFit.TrainingItems} train, {WeakFit.TestItems} test");
        Assert.Same(WeakFit.Fitted, WeakFit.Parameters);
    }

    [Fact]
    public void Fit_TinyLog_FallsBackToTheDefaultsAndSaysWhy()
    {
        var log = Students.Log(Students.Weak, 300, seed: 5);

        var result = FsrsOptimizer.Fit(log);

        Assert.True(result.FellBack);
        Assert.Same(FsrsParameters.Default, result.Parameters);
        Assert.Null(result.Fitted);
        Assert.Null(result.After);
        Assert.Equal(0, result.Epochs);
        Assert.Contains("too few reviews", result.FallbackReason, StringComparison.Ordinal);
        Assert.Contains("400 needed", result.FallbackReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_EmptyLog_FallsBackWithNothingToScore()
    {
        var result = FsrsOptimizer.Fit([]);

        Assert.True(result.FellBack);
        Assert.Null(result.Before);
    }

    [Fact]
    public void Fit_MinimumLowered_FitsASmallLog()
    {
        var log = Students.Log(Students.Weak, 300, seed: 5);

        var result = FsrsOptimizer.Fit(log, new OptimizerOptions { MinimumItems = 50, KeepDefaultsWhenWorse = false });

        Assert.False(result.FellBack);
        Assert.NotNull(result.Fitted);
    }

    [Fact]
    public void Fit_DefaultsPredictTheHeldOutCardsBetter_KeepsTheDefaults()
    {
        // The held-out cards come from a student whose memory is the defaults, the training cards from the weak
        // student: the fit learns the weak student and must lose to the defaults on the held-out cards.
        var options = OptimizerOptions.Default;

        var result = FsrsOptimizer.Fit(TrainedOnWeakTestedOnAverage(options), options);

        Assert.True(result.After!.Value.LogLoss > result.Before!.Value.LogLoss, $"{result.After} against {result.Before}");
        Assert.True(result.FellBack);
        Assert.Same(FsrsParameters.Default, result.Parameters);
        Assert.NotNull(result.Fitted);
        Assert.Contains("worse than the defaults", result.FallbackReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_KeepDefaultsWhenWorseOff_KeepsTheFit()
    {
        var options = new OptimizerOptions { KeepDefaultsWhenWorse = false };

        var result = FsrsOptimizer.Fit(TrainedOnWeakTestedOnAverage(options), options);

        Assert.False(result.FellBack);
        Assert.Same(result.Fitted, result.Parameters);
    }

    [Fact]
    public void Fit_SameInput_GivesTheSameResult()
    {
        var again = FsrsOptimizer.Fit(WeakLog);

        Assert.Equal(WeakFit.Parameters, again.Parameters);
        Assert.Equal(WeakFit.After, again.After);
        Assert.Equal(WeakFit.Before, again.Before);
        Assert.Equal(WeakFit.BestEpoch, again.BestEpoch);
    }

    [Fact]
    public void Fit_AnotherSeed_SplitsDifferently()
    {
        var other = FsrsOptimizer.Fit(WeakLog, new OptimizerOptions { Seed = 7 });

        Assert.NotEqual(WeakFit.Before, other.Before);
    }

    public static TheoryData<string> AwkwardLogs => ["all again", "all easy", "long gaps", "same day", "weak", "strong"];

    [Theory]
    [MemberData(nameof(AwkwardLogs))]
    public void Fit_AnyLog_GivesFiniteWeightsWithinBounds(string kind)
    {
        var log = Awkward(kind);

        var result = FsrsOptimizer.Fit(log, new OptimizerOptions { MinimumItems = 10, KeepDefaultsWhenWorse = false });

        foreach (var p in new[] { result.Parameters, result.Fitted! })
        {
            Assert.True(FsrsParameters.Create(p.Weights.ToArray()).Success, p.ToString());
        }

        Assert.True(result.Fitted![0] <= result.Fitted[1] && result.Fitted[1] <= result.Fitted[2] && result.Fitted[2] <= result.Fitted[3], result.Fitted.ToString());
        Assert.True(double.IsFinite(result.After!.Value.LogLoss));
    }

    [Fact]
    public void Fit_BadOptions_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => FsrsOptimizer.Fit(WeakLog, new OptimizerOptions { Epochs = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => FsrsOptimizer.Fit(WeakLog, new OptimizerOptions { TestFraction = 1 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => FsrsOptimizer.Fit(WeakLog, new OptimizerOptions { LearningRate = double.NaN }));
    }

    /// <summary>A log whose held-out cards (under <paramref name="options"/>' split) are the defaults' and the rest the weak student's.</summary>
    private static List<CardReviews> TrainedOnWeakTestedOnAverage(OptimizerOptions options)
    {
        var weak = Students.Log(Students.Weak, 20_000, seed: 8);
        var average = Students.Log(FsrsParameters.Default, 20_000, seed: 8);
        var count = Math.Min(weak.Count, average.Count);
        var held = FsrsOptimizer.Split(count, options).Test.ToHashSet();
        return [.. Enumerable.Range(0, count).Select(i => held.Contains(i) ? average[i] : weak[i])];
    }

    private static IReadOnlyList<CardReviews> Awkward(string kind)
    {
        var rng = new Random(4);
        var log = new List<CardReviews>();
        for (var c = 0; c < 200; c++)
        {
            var reviews = new List<(Rating, int)>();
            for (var k = 0; k < 8; k++)
            {
                var (rating, days) = kind switch
                {
                    "all again" => (Rating.Again, rng.Next(1, 30)),
                    "all easy" => (Rating.Easy, rng.Next(1, 3000)),
                    "long gaps" => ((Rating)rng.Next(1, 5), rng.Next(1000, 20000)),
                    "same day" => ((Rating)rng.Next(1, 5), rng.Next(0, 2)),
                    _ => (Rating.Good, 1),
                };
                reviews.Add((rating, days));
            }

            log.Add(CardReviews.FromElapsedDays("c" + c, reviews, firstDay: c));
        }

        return kind switch
        {
            "weak" => Students.Log(Students.Weak, 3_000, seed: 21),
            "strong" => Students.Log(Students.Strong, 3_000, seed: 21),
            _ => log,
        };
    }
}
