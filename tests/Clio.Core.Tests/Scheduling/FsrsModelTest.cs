using Clio.Scheduling;

namespace Clio.Tests.Scheduling;

/// <summary>The FSRS-6 model against the reference vectors in shared/reference/fsrs-vectors.md (V2, V4, V5).</summary>
public sealed class FsrsModelTest
{
    private static readonly FsrsModel Model = FsrsModel.Default;

    [Theory]
    [InlineData(Rating.Again, 0.212, 6.4133)]
    [InlineData(Rating.Hard, 1.2931, 5.11217071)]
    [InlineData(Rating.Good, 2.3065, 2.11810397)]
    [InlineData(Rating.Easy, 8.2956, 1)]
    public void Initial_FirstReview_MatchesVectorV4(Rating rating, double stability, double difficulty)
    {
        var state = Model.Initial(rating);

        Assert.Equal(stability, state.Stability, 1e-8);
        Assert.Equal(difficulty, state.Difficulty, 1e-6);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 0.9)]
    [InlineData(2, 0.84028935)]
    [InlineData(3, 0.7985001)]
    public void Retrievability_StabilityOne_MatchesVectorV5(double days, double expected)
    {
        // fsrs-rs computes this vector with a decay of 0.2 (the FSRS-5 curve), not the default w20.
        var weights = FsrsParameters.Default.Weights.ToArray();
        weights[20] = 0.2;
        var model = new FsrsModel(FsrsParameters.Create(weights).Value);

        Assert.Equal(expected, model.Retrievability(days, 1), 1e-7);
    }

    [Fact]
    public void Retrievability_DefaultDecay_IsNinetyPercentAtTheStability() =>
        Assert.Equal(0.9, Model.Retrievability(1, 1), 1e-12);

    [Fact]
    public void Replay_RatingsAndElapsedDays_MatchVectorV2()
    {
        var state = Model.Replay(History)!.Value;

        Assert.Equal(53.62691, state.Stability, 1e-4);
        Assert.Equal(6.3574867, state.Difficulty, 1e-4);
    }

    [Fact]
    public void Replay_WithoutSameDayWeights_MatchesVectorV2Variant()
    {
        var weights = FsrsParameters.Default.Weights.ToArray();
        weights[17] = weights[18] = weights[19] = 0;
        var model = new FsrsModel(FsrsParameters.Create(weights).Value);

        Assert.Equal(53.335106, model.Replay(History)!.Value.Stability, 1e-4);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7.5)]
    [InlineData(120)]
    public void Interval_IsTheInverseOfRetrievability(double stability)
    {
        var days = Model.Interval(stability, 0.8);

        Assert.Equal(0.8, Model.Retrievability(days, stability), 1e-9);
    }

    [Fact]
    public void Interval_AtNinetyPercent_EqualsStability() =>
        Assert.Equal(12.5, Model.Interval(12.5, 0.9), 1e-9);

    [Fact]
    public void ShortTermStability_GoodOrBetter_NeverLowersStability()
    {
        foreach (var s in new[] { 0.1, 1, 2.3065, 50, 400 })
        {
            Assert.True(Model.ShortTermStability(s, Rating.Hard) >= s);
            Assert.True(Model.ShortTermStability(s, Rating.Good) >= s);
        }
    }

    [Fact]
    public void ForgetStability_NeverExceedsTheStabilityBeforeTheLapse()
    {
        var state = new MemoryState(30, 5);

        Assert.True(Model.ForgetStability(state, 0.2) < 30);
    }

    [Fact]
    public void NextDifficulty_StaysWithinOneToTen()
    {
        Assert.InRange(Model.NextDifficulty(10, Rating.Again), 9.9, 10);
        Assert.InRange(Model.NextDifficulty(1, Rating.Easy), 1, 10);
    }

    [Fact]
    public void Replay_EmptyHistory_IsNull() => Assert.Null(Model.Replay([]));

    [Fact]
    public void Create_WrongCountOrOutOfBounds_FailsWithAReason()
    {
        Assert.Contains("21 weights", FsrsParameters.Create([1, 2, 3]).Error, StringComparison.Ordinal);
        var weights = FsrsParameters.Default.Weights.ToArray();
        weights[20] = 2;
        Assert.Contains("w20", FsrsParameters.Create(weights).Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Clipped_OutOfBoundsWeights_AreBroughtIntoRange()
    {
        var weights = FsrsParameters.Default.Weights.ToArray();
        weights[4] = 50;
        weights[9] = double.NaN;

        var clipped = FsrsParameters.Clipped(weights);

        Assert.Equal(10, clipped[4]);
        Assert.Equal(FsrsParameters.Default[9], clipped[9]);
    }

    private static ReadOnlySpan<(Rating, double)> History =>
        new (Rating, double)[]
        {
            (Rating.Again, 0), (Rating.Good, 0), (Rating.Good, 1), (Rating.Good, 3), (Rating.Good, 8), (Rating.Good, 21),
        };
}
