using Clio.Scheduling;

namespace Clio.Tests.Scheduling;

/// <summary>
/// The scheduler against the reference vectors in shared/reference/fsrs-vectors.md (V1, V4) and its contract:
/// purity, argument checks, retrievability and previews. Steps and intervals are in the other partial files.
/// </summary>
public sealed partial class SchedulerTest
{
    private static readonly DateTimeOffset Start = new(2022, 11, 29, 12, 30, 0, TimeSpan.Zero);

    private static readonly Scheduler NoFuzz = new(SchedulerOptions.Default with { EnableFuzz = false });

    // V1: py-fsrs test_review_card and ts-fsrs "ivl_history", with the (S, D) ts-fsrs 5.4 gives after each review.
    public static TheoryData<int, Rating, int, double, double> VectorV1 => new()
    {
        { 1, Rating.Good, 0, 2.3065, 2.11810397 },
        { 2, Rating.Good, 2, 2.3065, 2.11121424 },
        { 3, Rating.Good, 11, 10.97104786, 2.1043314 },
        { 4, Rating.Good, 46, 46.31685657, 2.09745544 },
        { 5, Rating.Good, 163, 162.99981459, 2.09058635 },
        { 6, Rating.Good, 498, 497.87655983, 2.08372413 },
        { 7, Rating.Again, 0, 6.8904125, 7.38320232 },
        { 8, Rating.Again, 0, 2.15459837, 9.12510476 },
        { 9, Rating.Good, 2, 2.15459837, 9.11120802 },
        { 10, Rating.Good, 4, 3.98312343, 9.09732518 },
        { 11, Rating.Good, 7, 7.23625465, 9.08345622 },
        { 12, Rating.Good, 12, 12.48304383, 9.06960113 },
        { 13, Rating.Good, 21, 20.77035737, 9.0557599 },
    };

    [Theory]
    [MemberData(nameof(VectorV1))]
    public void Review_EachReviewWhenDue_MatchesVectorV1(int review, Rating rating, int interval, double stability, double difficulty)
    {
        var ratings = new[] { 3, 3, 3, 3, 3, 3, 1, 1, 3, 3, 3, 3, 3 };
        var card = SchedulingCard.New(Start);
        var outcome = default(ReviewOutcome);
        for (var i = 0; i < review; i++)
        {
            outcome = NoFuzz.Review(card, (Rating)ratings[i], card.Due);
            card = outcome.Card;
        }

        Assert.Equal(rating, (Rating)ratings[review - 1]);
        Assert.Equal(interval, outcome.IntervalDays);
        Assert.Equal(stability, card.Stability, stability * 1e-9);
        Assert.Equal(difficulty, card.Difficulty, difficulty * 1e-9);
        Assert.Equal(review, card.Reps);
    }

    [Fact]
    public void Review_VectorV1_PassesThroughLearningReviewAndRelearning()
    {
        var ratings = new[] { 3, 3, 3, 3, 3, 3, 1, 1, 3, 3, 3, 3, 3 };
        var states = new List<CardState>();
        var card = SchedulingCard.New(Start);
        foreach (var rating in ratings)
        {
            card = NoFuzz.Review(card, (Rating)rating, card.Due).Card;
            states.Add(card.State);
        }

        Assert.Equal(
            [
                CardState.Learning, CardState.Review, CardState.Review, CardState.Review, CardState.Review, CardState.Review,
                CardState.Relearning, CardState.Relearning, CardState.Review, CardState.Review, CardState.Review, CardState.Review,
                CardState.Review,
            ],
            states);
        Assert.Equal(1, card.Lapses);
    }

    [Theory]
    [InlineData(Rating.Again, 0.212, 6.4133, CardState.Learning, 0, 1)]
    [InlineData(Rating.Hard, 1.2931, 5.11217071, CardState.Learning, 0, 6)]
    [InlineData(Rating.Good, 2.3065, 2.11810397, CardState.Learning, 1, 10)]
    [InlineData(Rating.Easy, 8.2956, 1, CardState.Review, 0, 8 * 1440)]
    public void Review_NewCard_MatchesVectorV4AndTheFirstStep(
        Rating rating, double stability, double difficulty, CardState state, int step, int minutesToDue)
    {
        var outcome = NoFuzz.Review(SchedulingCard.New(Start), rating, Start);

        Assert.Equal(stability, outcome.Card.Stability, 1e-12);
        Assert.Equal(difficulty, outcome.Card.Difficulty, 1e-12);
        Assert.Equal(state, outcome.Card.State);
        Assert.Equal(step, outcome.Card.Step);
        Assert.Equal(Start.AddMinutes(minutesToDue), outcome.Card.Due);
        Assert.Equal(Start, outcome.Card.LastReview);
        Assert.Equal(0, outcome.RetrievabilityBefore);
    }

    [Fact]
    public void Review_SameInputs_GiveTheSameOutcome()
    {
        var scheduler = new Scheduler(SchedulerOptions.Default, seed: 7);
        var card = Graduated(Start, 30);

        Assert.Equal(scheduler.Review(card, Rating.Good, Start.AddDays(31)), scheduler.Review(card, Rating.Good, Start.AddDays(31)));
    }

    [Fact]
    public void Review_BeforeTheLastReview_Throws()
    {
        var card = NoFuzz.Review(SchedulingCard.New(Start), Rating.Good, Start).Card;

        Assert.Throws<ArgumentOutOfRangeException>(() => NoFuzz.Review(card, Rating.Good, Start.AddTicks(-1)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    public void Review_RatingOutsideOneToFour_Throws(int rating) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => NoFuzz.Review(SchedulingCard.New(Start), (Rating)rating, Start));

    [Fact]
    public void Review_AfterWarmUp_AllocatesNothing()
    {
        var card = SchedulingCard.New(Start);
        var now = Start;
        for (var i = 0; i < 200; i++)
        {
            card = NoFuzz.Review(card, (Rating)(1 + (i % 4)), now).Card;
            now = card.Due;
        }

        card = SchedulingCard.New(Start);
        now = Start;
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 10_000; i++)
        {
            card = NoFuzz.Review(card, (Rating)(1 + (i % 4)), now).Card;
            now = card.Due;
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void Preview_GivesWhatEachRatingWouldGive()
    {
        var scheduler = new Scheduler(SchedulerOptions.Default, seed: 3);
        var card = Graduated(Start, 20);
        var now = Start.AddDays(25);

        var preview = scheduler.Preview(card, now);

        foreach (var rating in new[] { Rating.Again, Rating.Hard, Rating.Good, Rating.Easy })
        {
            Assert.Equal(scheduler.Review(card, rating, now), preview[rating]);
        }
    }

    [Fact]
    public void Retrievability_NewCard_IsZero() => Assert.Equal(0, NoFuzz.Retrievability(SchedulingCard.New(Start), Start));

    [Theory]
    [InlineData(0, 1)]
    [InlineData(10, 0.9)]
    [InlineData(20, 0.84588465)]
    public void Retrievability_FollowsTheForgettingCurveInFractionalDays(double days, double expected)
    {
        var card = Graduated(Start, 10);

        Assert.Equal(expected, NoFuzz.Retrievability(card, Start.AddDays(days)), 1e-6);
    }

    [Fact]
    public void Retrievability_FallsBetweenReviewsWithinADay()
    {
        var card = Graduated(Start, 1);

        Assert.True(NoFuzz.Retrievability(card, Start.AddHours(12)) < NoFuzz.Retrievability(card, Start.AddHours(1)));
    }

    [Fact]
    public void Constructor_InvalidOptions_Throws() =>
        Assert.Throws<ArgumentException>(() => new Scheduler(SchedulerOptions.Default with { DesiredRetention = 0 }));

    // A review card last reviewed at Start with the given stability, due when retrievability falls to 0.9.
    private static SchedulingCard Graduated(DateTimeOffset lastReview, double stability, double difficulty = 5) =>
        new(CardState.Review, 0, stability, difficulty, lastReview.AddDays(Math.Round(stability)), lastReview, 5, 0);
}
