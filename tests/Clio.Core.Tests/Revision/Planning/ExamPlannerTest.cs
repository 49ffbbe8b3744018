using Clio.Revision.Planning;
using Clio.Scheduling;

namespace Clio.Tests.Revision.Planning;

public sealed class ExamPlannerTest
{
    private static readonly DateOnly Today = new(2026, 11, 22);
    private static readonly FsrsModel Model = FsrsModel.Default;

    public static TheoryData<string> Scenarios => ["mixed", "tight", "gap", "new only", "bunched", "small cap"];

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Plan_EveryDay_StaysWithinTheLimits(string scenario)
    {
        var (cards, options) = Scenario(scenario);

        var plan = Plan(cards, options);

        Assert.Equal(options.ExamDate.DayNumber - options.Today.DayNumber, plan.Days.Length);
        Assert.All(plan.Days, d => Assert.InRange(d.Total, 0, options.MaxCardsPerDay));
        Assert.All(plan.Days, d => Assert.InRange(d.New, 0, options.MaxNewPerDay ?? int.MaxValue));
        Assert.All(plan.Days, d => Assert.True(d.Overdue + d.Early <= d.Reviews));
        // The forecast counts exactly the reviews planned for the cards.
        var perDay = plan.Cards.SelectMany(c => c.ReviewDays).CountBy(d => d).ToDictionary();
        Assert.All(plan.Days, d => Assert.Equal(perDay.GetValueOrDefault(d.Date), d.Total));
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Plan_ExpectedRetention_IsTheMeanOfTheCardsReplayedAlongThePlan(string scenario)
    {
        var (cards, options) = Scenario(scenario);

        var plan = Plan(cards, options);

        var replayed = cards.Select((c, i) => Replay(c, plan.Cards[i], options.ExamDate)).ToArray();
        Assert.Equal(replayed.Average(), plan.ExpectedRetention, 1e-9);
        Assert.All(plan.Cards.Zip(replayed), x => Assert.Equal(x.Second, x.First.ExamRetrievability, 1e-9));
        Assert.All(plan.Cards, c => Assert.Equal(c.ExamRetrievability < options.TargetRetention, c.Shortfall != Shortfall.None));
    }

    [Fact]
    public void Plan_CapacityAllows_EveryCardReachesTheTarget()
    {
        var (cards, options) = Scenario("mixed");

        var plan = Plan(cards, options);

        Assert.True(plan.MeetsTarget);
        Assert.Empty(plan.Shortfalls);
        Assert.True(plan.ExpectedRetention >= options.TargetRetention, plan.ExpectedRetention.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.All(plan.Cards, c => Assert.True(c.ExamRetrievability >= 0.9, $"{c.Id}: {c.ExamRetrievability}"));
        // Every review falls before the exam.
        Assert.All(plan.Cards.SelectMany(c => c.ReviewDays), d => Assert.InRange(d, options.Today, options.ExamDate.AddDays(-1)));
    }

    [Fact]
    public void Plan_HigherTarget_PlansMoreReviews()
    {
        var (cards, options) = Scenario("mixed");

        var at90 = Plan(cards, options);
        var at95 = Plan(cards, options with { TargetRetention = 0.95, MaxCardsPerDay = 1000 });

        Assert.True(at95.Days.Sum(d => d.Reviews) > at90.Days.Sum(d => d.Reviews));
        Assert.True(at95.ExpectedRetention > at90.ExpectedRetention);
    }

    [Fact]
    public void Plan_AfterFiveMissedDays_SpreadsTheBacklogEvenlyAndClearsIt()
    {
        var (cards, options) = Scenario("gap");
        var overdue = OverdueOnTheFirstDay(cards, options);

        var plan = Plan(cards, options with { MaxCardsPerDay = 1000 });

        Assert.True(overdue.Count > 100, $"{overdue.Count} overdue");
        // Not dumped on the first day: the backlog goes in even shares over the first seven days.
        var shares = plan.Days.Take(7).Select(d => d.Overdue).ToArray();
        Assert.Equal(overdue.Count, shares.Sum());
        Assert.True(shares.Max() - shares.Min() <= 1, string.Join(" ", shares));
        Assert.All(plan.Days.Skip(7), d => Assert.Equal(0, d.Overdue));
        Assert.All(overdue, i => Assert.True(plan.Cards[i].NextReview < options.Today.AddDays(7)));
    }

    [Fact]
    public void Plan_AfterFiveMissedDays_WithATightLimit_StaysAtTheLimitAndClearsTheBacklogBeforeTheExam()
    {
        var (cards, options) = Scenario("gap");
        var overdue = OverdueOnTheFirstDay(cards, options);

        var plan = Plan(cards, options);

        Assert.Equal(options.MaxCardsPerDay, plan.PeakLoad);
        Assert.All(overdue, i => Assert.True(plan.Cards[i].NextReview < options.ExamDate));
        Assert.True(plan.MeetsTarget, $"{plan.Shortfalls.Length} short");
    }

    [Fact]
    public void Plan_TightDeadline_ReportsTheShortfallHonestly()
    {
        var (cards, options) = Scenario("tight");

        var plan = Plan(cards, options);

        Assert.False(plan.MeetsTarget);
        Assert.True(plan.ExpectedRetention < options.TargetRetention);
        Assert.Contains(plan.Shortfalls, c => c.Shortfall == Shortfall.NotIntroduced);
        Assert.All(plan.Shortfalls.Where(c => c.Shortfall == Shortfall.NotIntroduced), c =>
        {
            Assert.Empty(c.ReviewDays);
            Assert.Equal(0, c.ExamRetrievability);
        });
        // Every day is used to the full.
        Assert.All(plan.Days, d => Assert.Equal(options.MaxCardsPerDay, d.Total));
    }

    [Fact]
    public void Plan_MemoryTooWeakForOneDay_ReportsTooLittleTime()
    {
        var card = ExamCard.Seen("weak", new MemoryState(0.01, 10), Today.AddDays(-1));

        var plan = Plan([card], new ExamPlanOptions { Today = Today, ExamDate = Today.AddDays(1) });

        Assert.Equal(Shortfall.TooLittleTime, plan.Cards[0].Shortfall);
        Assert.Equal(Today, Assert.Single(plan.Cards[0].ReviewDays));
    }

    [Fact]
    public void Plan_StrongCard_NeedsNoReview()
    {
        var card = ExamCard.Seen("strong", new MemoryState(1000, 3), Today.AddDays(-1));

        var plan = Plan([card], new ExamPlanOptions { Today = Today, ExamDate = Today.AddDays(10) });

        Assert.Null(plan.Cards[0].NextReview);
        Assert.Equal(Shortfall.None, plan.Cards[0].Shortfall);
        Assert.True(plan.ExpectedRetention > 0.99);
    }

    [Fact]
    public void Plan_CardDueBeforeTheExam_IsReviewedOnItsDueDayAndLateEnough()
    {
        // Stability 10 reviewed today: due in 10 days, and one review then is not enough to hold 0.9 for 50 more.
        var card = ExamCard.Seen("c", new MemoryState(10, 5), Today);

        var plan = Plan([card], new ExamPlanOptions { Today = Today, ExamDate = Today.AddDays(60) });

        var days = plan.Cards[0].ReviewDays;
        Assert.Equal(Today.AddDays(10), days[0]);
        Assert.True(days.Length >= 2);
        Assert.True(plan.Cards[0].ExamRetrievability >= 0.9);
        // Each review comes when the one before it has worn down to the target, not before.
        Assert.True(days.Zip(days.Skip(1)).All(p => p.Second > p.First));
    }

    [Fact]
    public void Plan_ManyCardsDueOnOneDay_PullsTheExcessEarlierNotLater()
    {
        var (cards, options) = Scenario("bunched");
        var due = Today.AddDays(5);

        var plan = Plan(cards, options);

        Assert.All(plan.Cards, c => Assert.True(c.NextReview <= due, $"{c.Id}: {c.NextReview}"));
        Assert.Equal(200, plan.Days.Take(5).Sum(d => d.Early));
        Assert.Equal(100, plan.Days[5].Reviews);
    }

    [Fact]
    public void Plan_NewCards_ComeAtAnEvenRateInTheFirstTwoThirds()
    {
        var (cards, options) = Scenario("new only");

        var plan = Plan(cards, options);

        var fresh = plan.Days.Select(d => d.New).ToArray();
        Assert.Equal(cards.Count, fresh.Sum());
        Assert.All(fresh.Skip(20), n => Assert.Equal(0, n));
        Assert.True(fresh.Take(20).Max() - fresh.Take(20).Min() <= 1, string.Join(" ", fresh));
        Assert.True(plan.MeetsTarget);
    }

    [Fact]
    public void Plan_MaxNewPerDay_IsRespectedAndLeftoversReported()
    {
        var cards = Enumerable.Range(0, 100).Select(i => ExamCard.New("n" + i)).ToList();

        var plan = Plan(cards, new ExamPlanOptions { Today = Today, ExamDate = Today.AddDays(10), MaxNewPerDay = 5 });

        Assert.All(plan.Days, d => Assert.True(d.New <= 5));
        Assert.Equal(50, plan.Cards.Count(c => !c.ReviewDays.IsEmpty));
        Assert.Equal(50, plan.Shortfalls.Count(c => c.Shortfall == Shortfall.NotIntroduced));
    }

    [Fact]
    public void Plan_SameInput_SamePlan()
    {
        var (cards, options) = Scenario("gap");

        var a = Plan(cards, options);
        var b = Plan(cards, options);

        Assert.Equal(a.Days.ToArray(), b.Days.ToArray());
        Assert.Equal(a.ExpectedRetention, b.ExpectedRetention);
        Assert.Equal(a.Cards.Select(c => (c.Id, string.Join(",", c.ReviewDays), c.ExamRetrievability, c.Shortfall)), b.Cards.Select(c => (c.Id, string.Join(",", c.ReviewDays), c.ExamRetrievability, c.Shortfall)));
    }

    [Theory]
    [InlineData(0, 0.9, 100, "after today")]
    [InlineData(-3, 0.9, 100, "after today")]
    [InlineData(10, 1.0, 100, "target retention")]
    [InlineData(10, 0, 100, "target retention")]
    [InlineData(10, 0.9, 0, "daily limit")]
    public void Plan_BadRequest_FailsAsAValue(int examInDays, double target, int cap, string reason)
    {
        var result = ExamPlanner.Default.Plan([ExamCard.New("a")], new ExamPlanOptions
        {
            Today = Today,
            ExamDate = Today.AddDays(examInDays),
            TargetRetention = target,
            MaxCardsPerDay = cap,
        });

        Assert.False(result.Success);
        Assert.Contains(reason, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_NoCards_FailsAsAValue() =>
        Assert.False(ExamPlanner.Default.Plan([], new ExamPlanOptions { Today = Today, ExamDate = Today.AddDays(3) }).Success);

    [Fact]
    public void Today_ReadsTheInjectedClockOnItsLocalCalendar()
    {
        var clock = new FixedClock(new DateTimeOffset(2026, 11, 22, 23, 30, 0, TimeSpan.Zero), TimeZoneInfo.CreateCustomTimeZone("plus2", TimeSpan.FromHours(2), "plus2", "plus2"));

        Assert.Equal(new DateOnly(2026, 11, 23), ExamPlanner.Today(clock));
    }

    [Fact]
    public void Seen_BadMemory_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ExamCard.Seen("a", new MemoryState(0, 5), Today));
        Assert.Throws<ArgumentOutOfRangeException>(() => ExamCard.Seen("a", new MemoryState(1, 11), Today));
    }

    private static ExamPlan Plan(IReadOnlyList<ExamCard> cards, ExamPlanOptions options)
    {
        var result = ExamPlanner.Default.Plan(cards, options);
        Assert.True(result.Success, result.Error);
        return result.Value;
    }

    /// <summary>The planner's promise, recomputed: each planned review moves the card to its expected memory.</summary>
    private static double Replay(ExamCard card, CardPlan plan, DateOnly exam)
    {
        var state = card.Memory;
        var last = card.LastReview ?? default;
        foreach (var day in plan.ReviewDays)
        {
            if (state is not { } s)
            {
                state = Model.Initial(Rating.Good);
            }
            else
            {
                var p = Model.Retrievability(day.DayNumber - last.DayNumber, s.Stability);
                state = new MemoryState(
                    (p * Model.RecallStability(s, p, Rating.Good)) + ((1 - p) * Model.ForgetStability(s, p)),
                    (p * Model.NextDifficulty(s.Difficulty, Rating.Good)) + ((1 - p) * Model.NextDifficulty(s.Difficulty, Rating.Again)));
            }

            last = day;
        }

        return state is { } final ? Model.Retrievability(exam.DayNumber - last.DayNumber, final.Stability) : 0;
    }

    private static List<int> OverdueOnTheFirstDay(IReadOnlyList<ExamCard> cards, ExamPlanOptions options) =>
        [.. Enumerable.Range(0, cards.Count).Where(i => cards[i].Memory is { } m &&
            cards[i].LastReview!.Value.AddDays((int)Math.Max(1, Math.Floor(Model.Interval(m.Stability, options.TargetRetention)))) < options.Today &&
            Model.Retrievability(options.ExamDate.DayNumber - cards[i].LastReview!.Value.DayNumber, m.Stability) < options.TargetRetention)];

    /// <summary>Seeded sets of cards and requests.</summary>
    private static (IReadOnlyList<ExamCard> Cards, ExamPlanOptions Options) Scenario(string name)
    {
        var rng = new Random(name.Length);
        var seen = new List<ExamCard>();
        for (var i = 0; i < 600; i++)
        {
            seen.Add(ExamCard.Seen("s" + i, new MemoryState(0.5 + (rng.NextDouble() * 30), 1 + (rng.NextDouble() * 9)), Today.AddDays(-rng.Next(0, 20))));
        }

        var fresh = Enumerable.Range(0, 400).Select(i => ExamCard.New("n" + i)).ToList();
        var month = new ExamPlanOptions { Today = Today, ExamDate = Today.AddDays(30), MaxCardsPerDay = 100 };
        return name switch
        {
            "mixed" => ([.. seen, .. fresh], month),
            "tight" => ([.. seen, .. fresh], month with { ExamDate = Today.AddDays(4), MaxCardsPerDay = 80 }),

            // The same cards, five days later, with nothing done in between.
            "gap" => ([.. seen, .. fresh], month with { Today = Today.AddDays(5), ExamDate = Today.AddDays(35) }),
            "new only" => (fresh, month with { MaxCardsPerDay = 1000 }),
            "bunched" => ([.. Enumerable.Range(0, 300).Select(i => ExamCard.Seen("b" + i, new MemoryState(10, 5), Today.AddDays(-5)))], month),
            _ => ([.. seen, .. fresh], month with { MaxCardsPerDay = 20, MaxNewPerDay = 5 }),
        };
    }

    private sealed class FixedClock(DateTimeOffset now, TimeZoneInfo zone) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;

        public override TimeZoneInfo LocalTimeZone => zone;
    }
}
