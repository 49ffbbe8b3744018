using Clio.Scheduling;
using Clio.Scheduling.Optimization;

namespace Clio.Tests.Scheduling.Optimization;

public sealed class FsrsEvaluationTest
{
    [Theory]
    [InlineData(1, 2, 0, 248, 4, 0)]
    [InlineData(3, 2, 0, 248, 4, 0)]
    [InlineData(4, 3, 0, 898, 4, 0)]
    [InlineData(14, 4, 1, 3250, 7, 2)]
    [InlineData(50, 7, 2, 11765, 13, 3)]
    public void Bin_FollowsFsrsRsScales(int elapsed, int length, int lapses, int intervalBin, int lengthBin, int lapseBin) =>
        Assert.Equal((intervalBin, lengthBin, lapseBin), FsrsEvaluation.Bin(elapsed, length, lapses));

    [Fact]
    public void Evaluate_TwoItems_ScoresByHand()
    {
        // One card: Good, then Good after 2 days (recalled), then Again after 5 more (forgotten).
        var card = CardReviews.FromElapsedDays("c", [(Rating.Good, 0), (Rating.Good, 2), (Rating.Again, 5)]);
        var model = FsrsModel.Default;
        var s1 = model.Initial(Rating.Good);
        var r1 = model.Retrievability(2, s1.Stability);
        var r2 = model.Retrievability(5, model.Next(s1, 2, Rating.Good).Stability);

        var metrics = FsrsEvaluation.Evaluate(FsrsParameters.Default, [card])!.Value;

        Assert.Equal(2, metrics.Items);
        Assert.Equal(-(Math.Log(r1) + Math.Log(1 - r2)) / 2, metrics.LogLoss, 1e-12);
        // Different interval bins: each bin holds one item, so the RMSE is the root mean square of the gaps.
        Assert.Equal(Math.Sqrt((((1 - r1) * (1 - r1)) + (r2 * r2)) / 2), metrics.RmseBins, 1e-12);
    }

    [Fact]
    public void Evaluate_SameDayOnly_IsNull() =>
        Assert.Null(FsrsEvaluation.Evaluate(FsrsParameters.Default, [CardReviews.FromElapsedDays("c", [(Rating.Again, 0), (Rating.Good, 0)])]));
}
