using Clio.Scheduling;
using Clio.Scheduling.Optimization;

namespace Clio.Tests.Scheduling.Optimization;

public sealed class CardReviewsTest
{
    [Fact]
    public void FromTimes_DayStartsAtFourInTheMorning_CountsEarlyHoursAsTheDayBefore()
    {
        var card = CardReviews.FromTimes("c", [
            (new DateTimeOffset(2026, 3, 1, 22, 0, 0, TimeSpan.Zero), Rating.Good),
            (new DateTimeOffset(2026, 3, 2, 2, 30, 0, TimeSpan.Zero), Rating.Good),
            (new DateTimeOffset(2026, 3, 2, 5, 0, 0, TimeSpan.Zero), Rating.Hard),
        ], TimeSpan.FromHours(4));

        var days = card.Reviews.Select(r => r.Day - card.Reviews[0].Day).ToArray();

        Assert.Equal([0, 0, 1], days);
    }

    [Fact]
    public void FromTimes_UsesEachTimesOwnOffset()
    {
        // 23:30 in UTC+2 is 21:30 UTC the same day; 00:30 the next day in UTC+2 is the next local day.
        var plus2 = TimeSpan.FromHours(2);
        var card = CardReviews.FromTimes("c", [
            (new DateTimeOffset(2026, 3, 1, 23, 30, 0, plus2), Rating.Good),
            (new DateTimeOffset(2026, 3, 2, 0, 30, 0, plus2), Rating.Good),
        ], TimeSpan.Zero);

        Assert.Equal(1, card.Reviews[1].Day - card.Reviews[0].Day);
    }

    [Fact]
    public void FromTimes_OutOfOrder_SortsByTime()
    {
        var t = new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
        var card = CardReviews.FromTimes("c", [(t.AddDays(3), Rating.Easy), (t, Rating.Again)], TimeSpan.Zero);

        Assert.Equal([Rating.Again, Rating.Easy], card.Reviews.Select(r => r.Rating));
    }

    [Fact]
    public void FromElapsedDays_AccumulatesDaysAndIgnoresTheFirstValue()
    {
        var card = CardReviews.FromElapsedDays("c", [(Rating.Again, 9), (Rating.Good, 0), (Rating.Good, 1), (Rating.Good, 3)], firstDay: 100);

        Assert.Equal([100, 100, 101, 104], card.Reviews.Select(r => r.Day));
    }

    [Fact]
    public void Constructor_RatingOutOfRange_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new CardReviews("c", [new LoggedReview(0, (Rating)5)]));

    [Fact]
    public void FromElapsedDays_NegativeGap_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => CardReviews.FromElapsedDays("c", [(Rating.Good, 0), (Rating.Good, -1)]));
}
