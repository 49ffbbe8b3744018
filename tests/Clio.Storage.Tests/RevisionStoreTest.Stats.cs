using Clio.Scheduling;

namespace Clio.Storage.Tests;

public sealed partial class RevisionStoreTest
{
    private static readonly TimeZoneInfo PlusTwo =
        TimeZoneInfo.CreateCustomTimeZone("Test+2", TimeSpan.FromHours(2), "Test+2", "Test+2");

    [Fact]
    public void DailyStats_CountsEachDayInTheZone_WithEmptyDaysIncluded()
    {
        using var folder = new TempFolder();
        using var store = RevisionStore.Open(folder.Path, TimeProvider.System);
        var march1 = new DateTimeOffset(2026, 3, 1, 10, 0, 0, TimeSpan.Zero);
        store.RecordReview(Reviews.Make("n1", march1, Rating.Good, CardState.New));
        store.RecordReview(Reviews.Make("r1", march1, Rating.Good, CardState.Review));
        store.RecordReview(Reviews.Make("r2", march1, Rating.Again, CardState.Review));
        store.RecordReview(Reviews.Make("r3", march1, Rating.Hard, CardState.Review, kind: ReviewKind.Quiz));
        store.RecordReview(Reviews.Make("l1", march1, Rating.Again, CardState.Learning));
        // 22:30 UTC on 1 March is 00:30 on 2 March two hours east.
        store.RecordReview(Reviews.Make("late", new DateTimeOffset(2026, 3, 1, 22, 30, 0, TimeSpan.Zero), Rating.Easy, CardState.Review));
        store.RecordReview(Reviews.Make("out", new DateTimeOffset(2026, 3, 4, 9, 0, 0, TimeSpan.Zero)));

        var days = store.DailyStats(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 3), PlusTwo);

        Assert.Equal(
            [
                new DayStats(new DateOnly(2026, 3, 1), Reviews: 4, Quizzes: 1, FirstReviews: 1, Recalls: 3, Passed: 2),
                new DayStats(new DateOnly(2026, 3, 2), Reviews: 1, Quizzes: 0, FirstReviews: 0, Recalls: 1, Passed: 1),
                new DayStats(new DateOnly(2026, 3, 3), 0, 0, 0, 0, 0),
            ],
            days);
        Assert.Equal(2.0 / 3, days[0].Retention);
        Assert.Equal(5, days[0].Answers);
        Assert.Null(days[2].Retention);
    }

    [Fact]
    public void DailyStats_InUtc_PutsTheLateReviewOnItsUtcDay()
    {
        using var folder = new TempFolder();
        using var store = RevisionStore.Open(folder.Path, TimeProvider.System);
        store.RecordReview(Reviews.Make("late", new DateTimeOffset(2026, 3, 1, 22, 30, 0, TimeSpan.Zero)));

        var days = store.DailyStats(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 2), TimeZoneInfo.Utc);

        Assert.Equal([1, 0], days.Select(d => d.Answers));
    }

    [Fact]
    public void DailyStats_LastBeforeFirst_Throws()
    {
        using var folder = new TempFolder();
        using var store = RevisionStore.Open(folder.Path, TimeProvider.System);

        Assert.Throws<ArgumentOutOfRangeException>(
            () => store.DailyStats(new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 1), TimeZoneInfo.Utc));
    }
}
