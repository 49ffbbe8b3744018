using Clio.Scheduling;
using Clio.Scheduling.Optimization;

namespace Clio.Tests.Scheduling.Optimization;

public sealed class ReviewSetTest
{
    [Fact]
    public void Build_ItemsAreLaterDayReviewsAfterTheFirst()
    {
        var log = new[]
        {
            CardReviews.FromElapsedDays("a", [(Rating.Again, 0), (Rating.Good, 0), (Rating.Good, 1), (Rating.Again, 3), (Rating.Good, 0)]),
            CardReviews.FromElapsedDays("b", [(Rating.Easy, 0)]),
        };

        var set = ReviewSet.Build(log, [0, 1], recencyWeighted: false);

        Assert.Equal(2, set.Items);
        Assert.Equal([false, false, true, true, false, false], Enumerable.Range(0, 6).Select(set.IsItem));
        Assert.Equal([0, 0, 1, 3, 0, 0], set.Elapsed);
    }

    [Fact]
    public void Build_RecencyWeights_RiseFromAQuarterToOneInTimeOrder()
    {
        // Card b's items come later in time than card a's although b is listed first.
        var log = new[]
        {
            CardReviews.FromElapsedDays("b", [(Rating.Good, 0), (Rating.Good, 1), (Rating.Good, 1)], firstDay: 50),
            CardReviews.FromElapsedDays("a", [(Rating.Good, 0), (Rating.Good, 2), (Rating.Good, 3)], firstDay: 0),
        };

        var set = ReviewSet.Build(log, [0, 1], recencyWeighted: true);
        var byDay = Enumerable.Range(0, set.Days.Length).Where(set.IsItem).OrderBy(i => set.Days[i]).Select(i => set.Weights[i]).ToArray();

        Assert.Equal(0.25, byDay[0], 1e-12);
        Assert.Equal(0.25 + (0.75 / 27), byDay[1], 1e-12);
        Assert.Equal(0.25 + (0.75 * 8 / 27), byDay[2], 1e-12);
        Assert.Equal(1, byDay[3], 1e-12);
    }
}
