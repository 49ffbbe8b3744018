using Clio.Scheduling;
using FsCheck;
using FsCheck.Xunit;

namespace Clio.Tests.Scheduling;

/// <summary>Review intervals: their order, the maximum, and the fuzz.</summary>
public sealed partial class SchedulerTest
{
    // ts-fsrs's get_fuzz_range, worked by hand: delta = 1 + 0.15·(part in [2.5, 7)) + 0.1·(part in [7, 20)) + 0.05·(part beyond 20).
    [Theory]
    [InlineData(3, 0, 36500, 2, 4)] // delta 1.075
    [InlineData(3, 2, 36500, 3, 4)] // at least one day more than already elapsed
    [InlineData(3, 3, 36500, 2, 4)] // ... unless the interval is no longer than that
    [InlineData(10, 0, 36500, 8, 12)] // delta 1.975
    [InlineData(100, 0, 36500, 93, 107)] // delta 6.975
    [InlineData(100, 0, 100, 93, 100)] // never past the maximum
    [InlineData(36500, 0, 36500, 34673, 36500)] // delta 1826.975
    public void FuzzRange_MatchesTsFsrs(int interval, int elapsed, int maximum, int low, int high) =>
        Assert.Equal((low, high), Scheduler.FuzzRange(interval, elapsed, maximum));

    [Theory]
    [InlineData(2.4)]
    [InlineData(3)]
    [InlineData(9.6)]
    [InlineData(57)]
    [InlineData(1234.5)]
    public void NextInterval_Fuzzed_StaysInsideTheFuzzRange(double stability)
    {
        var scheduler = new Scheduler(SchedulerOptions.Default);
        var exact = NoFuzz.NextInterval(stability, 0, 0);
        var (low, high) = exact < 2.5 ? (exact, exact) : Scheduler.FuzzRange(exact, 0, 36500);

        var seen = new HashSet<int>();
        for (var f = 0.0; f < 1; f += 0.001)
        {
            var fuzzed = scheduler.NextInterval(stability, 0, f);
            Assert.InRange(fuzzed, low, high);
            seen.Add(fuzzed);
        }

        // Every day of the range is reachable.
        Assert.Equal(high - low + 1, seen.Count);
    }

    [Fact]
    public void Review_Fuzz_IsRepeatableWithTheSeedAndSpreadsIntervals()
    {
        var first = new Scheduler(SchedulerOptions.Default, seed: 42);
        var again = new Scheduler(SchedulerOptions.Default, seed: 42);
        var other = new Scheduler(SchedulerOptions.Default, seed: 43);
        var intervals = new List<double>();
        var differs = false;
        for (var i = 0; i < 500; i++)
        {
            var card = Graduated(Start, 100);
            var now = Start.AddDays(100).AddMinutes(i);
            var outcome = first.Review(card, Rating.Good, now);
            Assert.Equal(outcome, again.Review(card, Rating.Good, now));
            differs |= outcome.IntervalDays != other.Review(card, Rating.Good, now).IntervalDays;
            intervals.Add(outcome.IntervalDays);
        }

        var exact = NoFuzz.Review(Graduated(Start, 100), Rating.Good, Start.AddDays(100)).IntervalDays;
        var (low, high) = Scheduler.FuzzRange((int)exact, 100, 36500);
        Assert.True(differs);
        Assert.All(intervals, d => Assert.InRange(d, low, high));
        Assert.True(intervals.Distinct().Count() >= (high - low) / 2, "the fuzz should reach most of its range");
        Assert.InRange(intervals.Average(), exact - 2, exact + 2);
    }

    [Fact]
    public void Review_IntervalsUnderTwoAndAHalfDays_AreNeverFuzzed()
    {
        var scheduler = new Scheduler(SchedulerOptions.Default, seed: 1);
        for (var i = 0; i < 200; i++)
        {
            // Good on the last learning step graduates with S = 2.3065: an interval of 2 days.
            var now = Start.AddDays(i).AddMinutes(i % 60);
            var learning = scheduler.Review(SchedulingCard.New(now), Rating.Good, now).Card;

            Assert.Equal(2, scheduler.Review(learning, Rating.Good, learning.Due).IntervalDays);
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Review_HardGoodEasy_AreOrderedAtLeastADayApart(bool fuzz)
    {
        var scheduler = new Scheduler(SchedulerOptions.Default with { EnableFuzz = fuzz }, seed: 5);
        var random = new Random(11);
        for (var i = 0; i < 2000; i++)
        {
            var stability = Math.Exp(random.NextDouble() * 9) - 0.9; // 0.1 to 8,000 days
            var card = Graduated(Start, stability, 1 + (random.NextDouble() * 9));
            var now = Start.AddDays(random.NextDouble() * 3 * stability);

            var preview = scheduler.Preview(card, now);

            Assert.True(preview.Hard.IntervalDays < preview.Good.IntervalDays, $"S={stability}: hard {preview.Hard.IntervalDays}, good {preview.Good.IntervalDays}");
            Assert.True(preview.Good.IntervalDays < preview.Easy.IntervalDays, $"S={stability}: good {preview.Good.IntervalDays}, easy {preview.Easy.IntervalDays}");
        }
    }

    [Fact]
    public void Review_AtTheMaximum_HardStopsThereAndGoodAndEasyStayADayApartAsInTsFsrs()
    {
        var preview = NoFuzz.Preview(Graduated(Start, 36500, 1), Start.AddDays(36500));

        Assert.Equal(36500, preview.Hard.IntervalDays);
        Assert.Equal(36501, preview.Good.IntervalDays);
        Assert.Equal(36502, preview.Easy.IntervalDays);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Review_ManyEasyReviews_StayWithinTwoDaysOfTheMaximumInterval(bool fuzz)
    {
        var scheduler = new Scheduler(SchedulerOptions.Default with { MaximumIntervalDays = 30, EnableFuzz = fuzz }, seed: 9);
        var card = SchedulingCard.New(Start);
        for (var i = 0; i < 40; i++)
        {
            var outcome = scheduler.Review(card, i % 5 == 4 ? Rating.Good : Rating.Easy, card.Due.AddDays(i % 3));
            Assert.InRange(outcome.IntervalDays, 0, 32);
            card = outcome.Card;
        }

        Assert.Equal(32, scheduler.Review(card, Rating.Easy, card.Due).IntervalDays);
        Assert.Equal(30, scheduler.Preview(card, card.Due).Hard.IntervalDays);
    }

    [Property(MaxTest = 300)]
    public void Review_AnyHistory_KeepsStateMemoryAndDueWithinBounds(NonEmptyArray<int> codes, int seed)
    {
        var scheduler = new Scheduler(SchedulerOptions.Default with { MaximumIntervalDays = 365 }, seed);
        var card = SchedulingCard.New(Start);
        var now = Start;
        foreach (var code in codes.Get)
        {
            var rating = (Rating)(1 + (code & 3));
            var amount = (code >>> 5) % 1000;
            now = ((code >> 2) & 7) switch
            {
                0 => now,
                1 => now.AddMinutes(amount),
                2 => card.Due,
                3 => now + ((card.Due - now) / 2),
                4 => card.Due + (card.Due - now),
                _ => now.AddHours(amount),
            };
            if (now < card.LastReview)
            {
                now = card.LastReview.Value;
            }

            var outcome = scheduler.Review(card, rating, now);
            var next = outcome.Card;
            Assert.InRange(next.Stability, FsrsParameters.MinStability, FsrsParameters.MaxStability);
            Assert.InRange(next.Difficulty, 1, 10);
            Assert.InRange(outcome.IntervalDays, 0, 367); // Good and Easy may pass the maximum by a day or two, as in ts-fsrs
            Assert.InRange(outcome.RetrievabilityBefore, 0, 1);
            Assert.NotEqual(CardState.New, next.State);
            Assert.Equal(card.Reps + 1, next.Reps);
            Assert.Equal(now, next.LastReview);
            Assert.True(next.Due > now);
            if (next.State == CardState.Review)
            {
                Assert.Equal(now.AddDays(outcome.IntervalDays), next.Due);
            }
            else
            {
                Assert.True(next.Due - now < TimeSpan.FromDays(1));
            }

            card = next;
        }
    }
}
