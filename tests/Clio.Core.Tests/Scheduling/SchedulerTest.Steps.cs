using System.Collections.Immutable;
using Clio.Scheduling;

namespace Clio.Tests.Scheduling;

/// <summary>Learning and relearning steps, and how elapsed days are counted.</summary>
public sealed partial class SchedulerTest
{
    // Steps 1 min and 10 min, relearning 10 min: (state, step, rating) → (state, step, minutes to due; -1 = days).
    [Theory]
    [InlineData(CardState.New, 0, Rating.Again, CardState.Learning, 0, 1)]
    [InlineData(CardState.New, 0, Rating.Hard, CardState.Learning, 0, 6)]
    [InlineData(CardState.New, 0, Rating.Good, CardState.Learning, 1, 10)]
    [InlineData(CardState.New, 0, Rating.Easy, CardState.Review, 0, -1)]
    [InlineData(CardState.Learning, 0, Rating.Again, CardState.Learning, 0, 1)]
    [InlineData(CardState.Learning, 0, Rating.Hard, CardState.Learning, 0, 6)]
    [InlineData(CardState.Learning, 0, Rating.Good, CardState.Learning, 1, 10)]
    [InlineData(CardState.Learning, 0, Rating.Easy, CardState.Review, 0, -1)]
    [InlineData(CardState.Learning, 1, Rating.Again, CardState.Learning, 0, 1)]
    [InlineData(CardState.Learning, 1, Rating.Hard, CardState.Learning, 1, 6)]
    [InlineData(CardState.Learning, 1, Rating.Good, CardState.Review, 0, -1)]
    [InlineData(CardState.Learning, 1, Rating.Easy, CardState.Review, 0, -1)]
    [InlineData(CardState.Relearning, 0, Rating.Again, CardState.Relearning, 0, 10)]
    [InlineData(CardState.Relearning, 0, Rating.Hard, CardState.Relearning, 0, 15)]
    [InlineData(CardState.Relearning, 0, Rating.Good, CardState.Review, 0, -1)]
    [InlineData(CardState.Relearning, 0, Rating.Easy, CardState.Review, 0, -1)]
    [InlineData(CardState.Review, 0, Rating.Again, CardState.Relearning, 0, 10)]
    [InlineData(CardState.Review, 0, Rating.Hard, CardState.Review, 0, -1)]
    public void Review_DefaultSteps_MoveAsTsFsrsDoes(
        CardState state, int step, Rating rating, CardState nextState, int nextStep, int minutes)
    {
        var now = Start.AddMinutes(30);
        var card = state == CardState.New
            ? SchedulingCard.New(Start)
            : new SchedulingCard(state, step, 3, 5, now, Start, 3, 0);

        var outcome = NoFuzz.Review(card, rating, now);

        Assert.Equal(nextState, outcome.Card.State);
        Assert.Equal(nextStep, outcome.Card.Step);
        if (minutes >= 0)
        {
            Assert.Equal(now.AddMinutes(minutes), outcome.Card.Due);
            Assert.Equal(0, outcome.IntervalDays);
        }
        else
        {
            Assert.True(outcome.IntervalDays >= 1);
            Assert.Equal(now.AddDays(outcome.IntervalDays), outcome.Card.Due);
        }
    }

    [Fact]
    public void Review_AgainInReview_CountsALapse()
    {
        var card = Graduated(Start, 10);

        Assert.Equal(1, NoFuzz.Review(card, Rating.Again, Start.AddDays(10)).Card.Lapses);
        Assert.Equal(0, NoFuzz.Review(card, Rating.Good, Start.AddDays(10)).Card.Lapses);
    }

    [Fact]
    public void Review_NoRelearningSteps_LapseStaysInReviewWithAnInterval()
    {
        var scheduler = new Scheduler(SchedulerOptions.Default with { EnableFuzz = false, RelearningSteps = [] });

        var outcome = scheduler.Review(Graduated(Start, 10), Rating.Again, Start.AddDays(10));

        Assert.Equal(CardState.Review, outcome.Card.State);
        Assert.Equal(1, outcome.Card.Lapses);
        Assert.True(outcome.IntervalDays >= 1);
    }

    [Fact]
    public void Review_NoLearningSteps_GraduatesAtTheFirstReview()
    {
        var scheduler = new Scheduler(SchedulerOptions.Default with { EnableFuzz = false, LearningSteps = [] });

        var outcome = scheduler.Review(SchedulingCard.New(Start), Rating.Again, Start);

        Assert.Equal(CardState.Review, outcome.Card.State);
        Assert.Equal(1, outcome.IntervalDays);
    }

    [Theory]
    [InlineData(new[] { 5 }, Rating.Hard, 8)] // 1.5 × the only step, rounded half up
    [InlineData(new[] { 3, 30, 60 }, Rating.Hard, 17)] // halfway between the first two
    [InlineData(new[] { 3, 30, 60 }, Rating.Good, 30)]
    public void Review_CustomSteps_GiveTheirDelays(int[] steps, Rating rating, int minutes)
    {
        var options = SchedulerOptions.Default with
        {
            EnableFuzz = false,
            LearningSteps = [.. steps.Select(m => TimeSpan.FromMinutes(m))],
        };

        var outcome = new Scheduler(options).Review(SchedulingCard.New(Start), rating, Start);

        Assert.Equal(Start.AddMinutes(minutes), outcome.Card.Due);
    }

    [Fact]
    public void Review_StepOfADayOrMore_GraduatesAfterThatStep()
    {
        var options = SchedulerOptions.Default with { EnableFuzz = false, LearningSteps = [TimeSpan.FromMinutes(10), TimeSpan.FromDays(2)] };

        var outcome = new Scheduler(options).Review(SchedulingCard.New(Start), Rating.Good, Start);

        Assert.Equal(CardState.Review, outcome.Card.State);
        Assert.Equal(2, outcome.IntervalDays);
        Assert.Equal(Start.AddDays(2), outcome.Card.Due);
    }

    [Theory]
    [InlineData("2024-03-01T23:59:00Z", "2024-03-02T00:01:00Z", 1)]
    [InlineData("2024-03-01T00:01:00Z", "2024-03-01T23:59:00Z", 0)]
    [InlineData("2024-03-01T12:00:00Z", "2024-03-04T11:00:00Z", 3)]
    [InlineData("2024-03-01T22:30:00+00:00", "2024-03-02T01:00:00+02:00", 0)] // 23:00 UTC, the same day
    public void Review_ElapsedDays_CountUtcCalendarDays(string last, string now, int days)
    {
        var lastReview = DateTimeOffset.Parse(last, System.Globalization.CultureInfo.InvariantCulture);
        var card = Graduated(lastReview, 10);

        var outcome = NoFuzz.Review(card, Rating.Good, DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(days, outcome.ElapsedDays);
    }

    [Fact]
    public void Review_SameDayInReview_UsesTheShortTermStability()
    {
        var card = Graduated(Start, 10);

        var outcome = NoFuzz.Review(card, Rating.Good, Start.AddHours(2));

        Assert.Equal(NoFuzz.Model.ShortTermStability(10, Rating.Good), outcome.Card.Stability);
        Assert.Equal(1, outcome.RetrievabilityBefore);
    }

    [Fact]
    public void Options_StepsCompareByValue() =>
        Assert.Equal(
            SchedulerOptions.Default,
            SchedulerOptions.Default with { LearningSteps = ImmutableArray.Create(TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(10)) });
}
