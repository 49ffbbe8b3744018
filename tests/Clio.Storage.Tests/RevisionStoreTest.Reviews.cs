using Clio.Scheduling;

namespace Clio.Storage.Tests;

public sealed partial class RevisionStoreTest
{
    [Fact]
    public void RecordReview_NewCard_StoresTheLogRowAndTheCardState()
    {
        using var folder = new TempFolder();
        var clock = new ManualClock(Reviews.T0.AddSeconds(5));
        using var store = RevisionStore.Open(folder.Path, clock);
        var review = Reviews.Make("treaty-of-rapallo", Reviews.T0, Rating.Hard);

        var id = store.RecordReview(review);

        Assert.Equal(1, id);
        Assert.Equal(new StoredCard("treaty-of-rapallo", "pack-a", review.After), store.GetCard("treaty-of-rapallo"));
        var entry = Assert.Single(store.ReviewLog());
        Assert.Equal(
            new ReviewLogEntry(
                1, "treaty-of-rapallo", "pack-a", ReviewKind.Review, Rating.Hard, Reviews.T0, 1.5,
                TimeSpan.FromMilliseconds(4200), CardState.New, CardState.Review, 3.5, 5.25, review.After.Due,
                clock.Now),
            entry);
    }

    [Fact]
    public void RecordReview_SameCardAgain_ReplacesItsStateAndAppendsToTheLog()
    {
        using var folder = new TempFolder();
        using var store = RevisionStore.Open(folder.Path, TimeProvider.System);
        var first = store.RecordReview(Reviews.Make("c", Reviews.T0));
        var second = Reviews.Make("c", Reviews.T0.AddDays(3), Rating.Again, CardState.Review, CardState.Relearning, 0.8);

        var id = store.RecordReview(second);

        Assert.True(id > first);
        Assert.Equal(second.After, store.GetCard("c")!.Scheduling);
        Assert.Equal([first, id], store.ReviewLogForCard("c").Select(e => e.Id));
        Assert.Single(store.GetCards());
    }

    [Fact]
    public void RecordReview_TimesWithTicksAndOffsets_ReadBackAsTheSameInstantsInUtc()
    {
        using var folder = new TempFolder();
        using var store = RevisionStore.Open(folder.Path, TimeProvider.System);
        var at = new DateTimeOffset(2026, 3, 1, 23, 59, 59, TimeSpan.FromHours(-5)).AddTicks(1234567);
        var review = Reviews.Make("c", at, due: at.AddDays(1).AddTicks(1));

        store.RecordReview(review);

        var card = store.GetCard("c")!.Scheduling;
        Assert.Equal(review.After, card);
        Assert.Equal(TimeSpan.Zero, card.Due.Offset);
        Assert.Equal(at.UtcTicks, store.ReviewLog()[0].ReviewedAt.UtcTicks);
        Assert.Equal("2026-03-02T04:59:59.1234567Z", Db.Scalar(folder.DataFile, "SELECT reviewed_at FROM review_log"));
    }

    [Fact]
    public void RecordReview_NoDuration_StoresNull_AndDurationsAreMilliseconds()
    {
        using var folder = new TempFolder();
        using var store = RevisionStore.Open(folder.Path, TimeProvider.System);

        store.RecordReview(Reviews.Make("a", Reviews.T0) with { Duration = null });
        store.RecordReview(Reviews.Make("b", Reviews.T0) with { Duration = TimeSpan.FromTicks(15_006) });

        var log = store.ReviewLog();
        Assert.Null(log[0].Duration);
        Assert.Equal(TimeSpan.FromMilliseconds(2), log[1].Duration);
    }

    [Fact]
    public void RecordReview_QuizKind_IsStoredAsQuiz()
    {
        using var folder = new TempFolder();
        using var store = RevisionStore.Open(folder.Path, TimeProvider.System);

        store.RecordReview(Reviews.Make("a", Reviews.T0, kind: ReviewKind.Quiz));

        Assert.Equal(ReviewKind.Quiz, store.ReviewLog()[0].Kind);
        Assert.Equal("quiz", Db.Scalar(folder.DataFile, "SELECT kind FROM review_log"));
    }

    public static TheoryData<string, Func<ReviewRecord, ReviewRecord>> BadReviews => new()
    {
        { "empty card id", r => r with { CardId = "" } },
        { "blank pack id", r => r with { PackId = "  " } },
        { "rating 0", r => r with { Rating = 0 } },
        { "rating 5", r => r with { Rating = (Rating)5 } },
        { "unknown kind", r => r with { Kind = (ReviewKind)9 } },
        { "negative elapsed days", r => r with { ElapsedDays = -0.1 } },
        { "NaN elapsed days", r => r with { ElapsedDays = double.NaN } },
        { "negative duration", r => r with { Duration = TimeSpan.FromSeconds(-1) } },
        { "unknown state before", r => r with { StateBefore = (CardState)4 } },
        { "unknown state after", r => r with { After = r.After with { State = (CardState)(-1) } } },
        { "infinite stability", r => r with { After = r.After with { Stability = double.PositiveInfinity } } },
        { "negative difficulty", r => r with { After = r.After with { Difficulty = -1 } } },
        { "negative step", r => r with { After = r.After with { Step = -1 } } },
        { "negative reps", r => r with { After = r.After with { Reps = -1 } } },
        { "negative lapses", r => r with { After = r.After with { Lapses = -1 } } },
    };

    [Theory]
    [MemberData(nameof(BadReviews))]
    public void RecordReview_FieldOutOfRange_ThrowsAndRecordsNothing(string what, Func<ReviewRecord, ReviewRecord> spoil)
    {
        using var folder = new TempFolder();
        using var store = RevisionStore.Open(folder.Path, TimeProvider.System);

        var e = Assert.ThrowsAny<ArgumentException>(() => store.RecordReview(spoil(Reviews.Make("c", Reviews.T0))));

        Assert.False(string.IsNullOrEmpty(e.Message), what);
        Assert.Equal(0, store.ReviewCount());
        Assert.Empty(store.GetCards());
    }

    [Fact]
    public void RecordReview_WhenTheCardWriteFails_LeavesNoLogRowEither()
    {
        using var folder = new TempFolder();
        using (var store = RevisionStore.Open(folder.Path, TimeProvider.System))
        {
            store.RecordReview(Reviews.Make("fine", Reviews.T0));
        }

        // A trigger makes the second statement of the transaction fail after the first has run.
        Db.Execute(
            folder.DataFile,
            "CREATE TRIGGER refuse BEFORE INSERT ON cards WHEN NEW.card_id = 'doomed' BEGIN SELECT RAISE(ABORT, 'refused'); END");
        using var reopened = RevisionStore.Open(folder.Path, TimeProvider.System);

        var failure = Assert.Throws<StoreFailure>(() => reopened.RecordReview(Reviews.Make("doomed", Reviews.T0)));

        Assert.Equal(StoreFailureKind.Unavailable, failure.Kind);
        Assert.Equal(1, reopened.ReviewCount());
        Assert.Null(reopened.GetCard("doomed"));
        // The store goes on working, and the rolled-back row did not even use up its id.
        Assert.Equal(2, reopened.RecordReview(Reviews.Make("fine", Reviews.T0.AddDays(1))));
    }

    [Fact]
    public void ReviewLog_ReviewsRecordedOutOfTimeOrder_ComeBackInTimeOrderThenById()
    {
        using var folder = new TempFolder();
        using var store = RevisionStore.Open(folder.Path, TimeProvider.System);
        store.RecordReview(Reviews.Make("late", Reviews.T0.AddHours(2)));
        store.RecordReview(Reviews.Make("early", Reviews.T0));
        store.RecordReview(Reviews.Make("tie-a", Reviews.T0.AddHours(1)));
        store.RecordReview(Reviews.Make("tie-b", Reviews.T0.AddHours(1)));

        Assert.Equal(["early", "tie-a", "tie-b", "late"], store.ReviewLog().Select(e => e.CardId));
    }

    [Fact]
    public void GetDue_ReturnsCardsDueByNow_MostOverdueFirst_UpToTheLimit()
    {
        using var folder = new TempFolder();
        using var store = RevisionStore.Open(folder.Path, TimeProvider.System);
        var now = Reviews.T0.AddDays(10);
        store.RecordReview(Reviews.Make("due-now", Reviews.T0, due: now));
        store.RecordReview(Reviews.Make("overdue", Reviews.T0, due: now.AddDays(-3)));
        store.RecordReview(Reviews.Make("future", Reviews.T0, due: now.AddTicks(1)));
        store.RecordReview(Reviews.Make("b-tie", Reviews.T0, due: now.AddDays(-1)));
        store.RecordReview(Reviews.Make("a-tie", Reviews.T0, due: now.AddDays(-1)));

        Assert.Equal(["overdue", "a-tie", "b-tie", "due-now"], store.GetDue(now, 10).Select(c => c.CardId));
        Assert.Equal(["overdue", "a-tie"], store.GetDue(now, 2).Select(c => c.CardId));
        Assert.Empty(store.GetDue(now, 0));
        Assert.Equal(4, store.CountDue(now));
        Assert.Throws<ArgumentOutOfRangeException>(() => store.GetDue(now, -1));
    }

    [Fact]
    public void GetDue_InAnotherTimeZone_ComparesInstants()
    {
        using var folder = new TempFolder();
        using var store = RevisionStore.Open(folder.Path, TimeProvider.System);
        store.RecordReview(Reviews.Make("c", Reviews.T0, due: new DateTimeOffset(2026, 3, 5, 12, 0, 0, TimeSpan.Zero)));

        Assert.Single(store.GetDue(new DateTimeOffset(2026, 3, 5, 14, 0, 0, TimeSpan.FromHours(2)), 5));
        Assert.Empty(store.GetDue(new DateTimeOffset(2026, 3, 5, 13, 59, 0, TimeSpan.FromHours(2)), 5));
    }

    [Fact]
    public void GetCardsAndGetDue_FilterByPack()
    {
        using var folder = new TempFolder();
        using var store = RevisionStore.Open(folder.Path, TimeProvider.System);
        store.RecordReview(Reviews.Make("z", Reviews.T0, pack: "p1"));
        store.RecordReview(Reviews.Make("y", Reviews.T0, pack: "p2"));
        store.RecordReview(Reviews.Make("x", Reviews.T0, pack: "p1"));
        var later = Reviews.T0.AddYears(1);

        Assert.Equal(["x", "y", "z"], store.GetCards().Select(c => c.CardId));
        Assert.Equal(["x", "z"], store.GetCards("p1").Select(c => c.CardId));
        Assert.Equal(["y"], store.GetDue(later, 10, "p2").Select(c => c.CardId));
        Assert.Equal(2, store.CountDue(later, "p1"));
        Assert.Empty(store.GetCards("p3"));
    }

    [Fact]
    public void GetCard_NeverReviewed_IsNull()
    {
        using var folder = new TempFolder();
        using var store = RevisionStore.Open(folder.Path, TimeProvider.System);

        Assert.Null(store.GetCard("nothing"));
    }

    [Fact]
    public void RecordReview_FromManyThreads_KeepsEveryReview()
    {
        using var folder = new TempFolder();
        using var store = RevisionStore.Open(folder.Path, TimeProvider.System);

        var ids = Enumerable.Range(0, 4).AsParallel().WithDegreeOfParallelism(4).SelectMany(t =>
            Enumerable.Range(0, 50).Select(i => store.RecordReview(Reviews.Make($"t{t}-{i}", Reviews.T0.AddSeconds(i))))
                .ToList()).ToList();

        Assert.Equal(200, ids.Distinct().Count());
        Assert.Equal(200, store.ReviewCount());
        Assert.Equal(200, store.GetCards().Count);
    }

    [Fact]
    public void TwoStoresOnOneFolder_BothWrite_AndSeeEachOthersReviews()
    {
        using var folder = new TempFolder();
        using var first = RevisionStore.Open(folder.Path, TimeProvider.System);
        using var second = RevisionStore.Open(folder.Path, TimeProvider.System);

        for (var i = 0; i < 20; i++)
        {
            (i % 2 == 0 ? first : second).RecordReview(Reviews.Make($"c{i}", Reviews.T0.AddMinutes(i)));
        }

        Assert.Equal(20, first.ReviewCount());
        Assert.Equal(20, second.GetCards().Count);
    }
}
