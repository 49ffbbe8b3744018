using Clio.Scheduling;
using Clio.Scheduling.Optimization;

namespace Clio.Tests.Scheduling.Optimization;

public sealed class PretrainingTest
{
    [Fact]
    public void Fit_FirstIntervalsFromAKnownStability_RecoverIt()
    {
        // 4,000 cards first rated Good whose true initial stability is 5 days, tested once after 1 to 10 days.
        var rng = new Random(2);
        var model = FsrsModel.Default;
        var log = new List<CardReviews>();
        for (var c = 0; c < 4000; c++)
        {
            var days = 1 + (c % 10);
            var recalled = rng.NextDouble() < model.Retrievability(days, 5);
            log.Add(CardReviews.FromElapsedDays("c" + c, [(Rating.Good, 0), (recalled ? Rating.Good : Rating.Again, days)]));
        }

        var set = ReviewSet.Build(log, [.. Enumerable.Range(0, log.Count)], recencyWeighted: false);
        var (stabilities, counts) = Pretraining.Fit(set, FsrsParameters.Default);

        Assert.Equal([0, 0, 4000, 0], counts);
        Assert.InRange(stabilities[2], 4.5, 5.5);
        // The other ratings keep the defaults' ratios to Good.
        Assert.Equal(stabilities[2] * FsrsParameters.Default[3] / FsrsParameters.Default[2], stabilities[3], 1e-9);
        Assert.True(stabilities[0] < stabilities[1] && stabilities[1] < stabilities[2]);
    }

    [Theory]
    [InlineData(new[] { 3.0, 1.0, 5.0, 9.0 }, new[] { 10, 100, 100, 100 }, new[] { 1.0, 1.0, 5.0, 9.0 })]
    [InlineData(new[] { 3.0, 1.0, 5.0, 9.0 }, new[] { 100, 10, 100, 100 }, new[] { 3.0, 3.0, 5.0, 9.0 })]
    [InlineData(new[] { 0.5, 2.0, 1.5, 9.0 }, new[] { 100, 100, 50, 100 }, new[] { 0.5, 2.0, 2.0, 9.0 })]
    public void SmoothAndFill_LowerRatingAboveHigher_TheLessSupportedGivesWay(double[] fitted, int[] counts, double[] expected)
    {
        var result = Pretraining.SmoothAndFill([.. fitted.Select(x => (double?)x)], counts, FsrsParameters.Default);

        Assert.Equal(expected, result);
    }

    [Fact]
    public void SmoothAndFill_MissingBetweenKnown_InterpolatesInLogSpace()
    {
        var d = FsrsParameters.Default;
        var result = Pretraining.SmoothAndFill([0.4, null, 4.0, null], [10, 0, 10, 0], d);

        var share = (Math.Log(d[1]) - Math.Log(d[0])) / (Math.Log(d[2]) - Math.Log(d[0]));
        Assert.Equal(Math.Exp(Math.Log(0.4) + (share * (Math.Log(4.0) - Math.Log(0.4)))), result[1], 1e-12);
        Assert.Equal(4.0 * d[3] / d[2], result[3], 1e-12);
    }
}
