namespace Clio.Scheduling;

/// <summary>
/// The FSRS-6 scheduler: given a card, a rating and the time of the review, it returns the card's next state,
/// memory and due time. It reproduces ts-fsrs 5.4's <c>fsrs()</c> scheduler with short-term scheduling on, review
/// by review: the learning and relearning steps, the memory model (through an <see cref="FsrsModel"/> that rounds
/// as ts-fsrs does), whole UTC calendar days as elapsed time, the ordering Hard &lt; Good &lt; Easy of review
/// intervals, and the fuzz ranges. One choice differs from ts-fsrs: the fuzz comes from a seeded hash rather than
/// ts-fsrs's generator. Each interval is capped at <see cref="SchedulerOptions.MaximumIntervalDays"/> before the
/// ordering rule, exactly as in ts-fsrs, so at the cap Good and Easy go one and two days past it to stay apart
/// from Hard.
/// </summary>
/// <remarks>
/// Pure and immutable, so one scheduler may serve many threads. It never reads the clock: every method takes the
/// time of the review. Fuzz is a function of the seed, the card and the time of the review, so the same history
/// always gives the same schedule. <see cref="Review"/> allocates nothing.
/// </remarks>
public sealed class Scheduler
{
    private const double MinutesPerDay = 1440;

    private readonly double _intervalModifier;
    private readonly double[] _learningMinutes;
    private readonly double[] _relearningMinutes;
    private readonly int _maximumInterval;
    private readonly bool _fuzz;
    private readonly ulong _seed;

    /// <summary>Creates a scheduler with the given options; <paramref name="seed"/> chooses the fuzz.</summary>
    /// <exception cref="ArgumentException">The options fail <see cref="SchedulerOptions.Validate"/>.</exception>
    public Scheduler(SchedulerOptions options, int seed = 0)
    {
        ArgumentNullException.ThrowIfNull(options);
        var check = options.Validate();
        if (!check.Success)
        {
            throw new ArgumentException($"Invalid scheduler options: {check.Error}.", nameof(options));
        }

        Options = options;
        Seed = seed;
        Model = new FsrsModel(ForShortTermScheduling(options.Parameters, options.RelearningSteps.Length), FsrsRounding.EightDecimals);
        _intervalModifier = Model.IntervalModifier(options.DesiredRetention);
        _learningMinutes = [.. options.LearningSteps.Select(s => s.TotalMinutes)];
        _relearningMinutes = [.. options.RelearningSteps.Select(s => s.TotalMinutes)];
        _maximumInterval = options.MaximumIntervalDays;
        _fuzz = options.EnableFuzz;
        _seed = unchecked((ulong)seed);
    }

    /// <summary>The options this scheduler was built with.</summary>
    public SchedulerOptions Options { get; }

    /// <summary>The seed of the fuzz.</summary>
    public int Seed { get; }

    /// <summary>
    /// The memory model in use: the options' weights, with w17 and w18 capped when there are several relearning
    /// steps and w19 at least 0.01, as ts-fsrs does for short-term scheduling; rounded to 8 decimals.
    /// </summary>
    public FsrsModel Model { get; }

    /// <summary>Reviews <paramref name="card"/> with <paramref name="rating"/> at <paramref name="now"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">
    /// The rating is not 1 to 4, <paramref name="now"/> is before the card's last review, or the card's state is
    /// unknown or its step negative.
    /// </exception>
    public ReviewOutcome Review(SchedulingCard card, Rating rating, DateTimeOffset now)
    {
        if ((uint)(rating - Rating.Again) > 3)
        {
            throw new ArgumentOutOfRangeException(nameof(rating), rating, "A rating is 1 (Again) to 4 (Easy).");
        }

        if (card.LastReview is { } last && now < last)
        {
            throw new ArgumentOutOfRangeException(nameof(now), now, "A review cannot come before the card's last review.");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(card.Step);
        if ((uint)card.State > (uint)CardState.Relearning)
        {
            throw new ArgumentOutOfRangeException(nameof(card), card.State, "Unknown card state.");
        }

        if (card.State == CardState.New)
        {
            var first = Model.Initial(rating);
            return Steps(card, rating, first, CardState.Learning, now, 0, 0, card.Lapses);
        }

        var elapsed = card.LastReview is { } previous ? UtcDaysBetween(previous, now) : 0;
        var r = Model.Retrievability(elapsed, card.Stability);
        if (card.State != CardState.Review)
        {
            var memory = new MemoryState(NextStability(card, elapsed, r, rating), Model.NextDifficulty(card.Difficulty, rating));
            return Steps(card, rating, memory, card.State, now, elapsed, r, card.Lapses);
        }

        if (rating == Rating.Again)
        {
            var lapsed = new MemoryState(NextStability(card, elapsed, r, rating), Model.NextDifficulty(card.Difficulty, rating));
            return Steps(card, rating, lapsed, CardState.Relearning, now, elapsed, r, card.Lapses + 1);
        }

        // Recalled in review: the intervals of Hard, Good and Easy are kept in that order, a day apart at least.
        var fuzz = FuzzFactor(card, now);
        var growth = elapsed == 0 ? 0 : Model.RecallGrowth(card.Memory, r);
        var hardStability = Recalled(card, elapsed, growth, Rating.Hard);
        var goodStability = Recalled(card, elapsed, growth, Rating.Good);
        var good = NextInterval(goodStability, elapsed, fuzz);
        var hard = Math.Min(NextInterval(hardStability, elapsed, fuzz), good);
        good = Math.Max(good, hard + 1);
        double stability;
        int interval;
        switch (rating)
        {
            case Rating.Hard:
                (stability, interval) = (hardStability, hard);
                break;
            case Rating.Good:
                (stability, interval) = (goodStability, good);
                break;
            default:
                stability = Recalled(card, elapsed, growth, Rating.Easy);
                interval = Math.Max(NextInterval(stability, elapsed, fuzz), good + 1);
                break;
        }

        var next = new SchedulingCard(
            CardState.Review, 0, stability, Model.NextDifficulty(card.Difficulty, rating), now.AddTicks(interval * TimeSpan.TicksPerDay),
            now, card.Reps + 1, card.Lapses);
        return new ReviewOutcome(next, interval, elapsed, r);
    }

    /// <summary>The outcome of each rating, as <see cref="Review"/> would give it.</summary>
    /// <exception cref="ArgumentOutOfRangeException">As for <see cref="Review"/>.</exception>
    public ReviewPreview Preview(SchedulingCard card, DateTimeOffset now) =>
        new(Review(card, Rating.Again, now), Review(card, Rating.Hard, now), Review(card, Rating.Good, now), Review(card, Rating.Easy, now));

    /// <summary>
    /// The chance that the card is recalled at <paramref name="now"/>, from the exact (fractional) time since its
    /// last review; 0 for a new card. (<see cref="Review"/> counts whole UTC days instead, as ts-fsrs does.)
    /// </summary>
    public double Retrievability(SchedulingCard card, DateTimeOffset now)
    {
        if (card.State == CardState.New || card.LastReview is not { } last || card.Stability <= 0)
        {
            return 0;
        }

        return Model.Retrievability((now - last).TotalDays, card.Stability);
    }

    /// <summary>
    /// Whole days between the UTC calendar days of two instants: 23:59 on one day to 00:01 on the next is one day.
    /// </summary>
    internal static int UtcDaysBetween(DateTimeOffset earlier, DateTimeOffset later) =>
        (int)((later.UtcTicks / TimeSpan.TicksPerDay) - (earlier.UtcTicks / TimeSpan.TicksPerDay));

    /// <summary>The interval in whole days for a stability, fuzzed if fuzz is on, as ts-fsrs's next_interval.</summary>
    internal int NextInterval(double stability, int elapsedDays, double fuzzFactor)
    {
        var interval = (int)Math.Min(Math.Max(1, RoundHalfUp(stability * _intervalModifier)), _maximumInterval);
        if (!_fuzz || interval < 2.5)
        {
            return interval;
        }

        var (low, high) = FuzzRange(interval, elapsedDays, _maximumInterval);
        return (int)Math.Floor((fuzzFactor * (high - low + 1)) + low);
    }

    /// <summary>
    /// The inclusive range a fuzzed interval is drawn from: ±(1 + 15 % of the part of the interval in [2.5, 7) +
    /// 10 % of the part in [7, 20) + 5 % of the part beyond 20), at least 2 days, later than the time already
    /// elapsed, and no longer than the maximum.
    /// </summary>
    internal static (int Low, int High) FuzzRange(int interval, int elapsedDays, int maximumInterval)
    {
        var delta = 1.0;
        delta += 0.15 * Math.Max(Math.Min(interval, 7) - 2.5, 0);
        delta += 0.1 * Math.Max(Math.Min(interval, 20) - 7, 0);
        delta += 0.05 * Math.Max(interval - 20, 0);
        var ivl = Math.Min(interval, maximumInterval);
        var low = Math.Max(2, RoundHalfUp(ivl - delta));
        var high = Math.Min(RoundHalfUp(ivl + delta), maximumInterval);
        if (ivl > elapsedDays)
        {
            low = Math.Max(low, elapsedDays + 1);
        }

        return ((int)Math.Min(low, high), (int)high);
    }

    // JavaScript's Math.round: the nearest integer, halves towards +∞.
    private static double RoundHalfUp(double x)
    {
        var floor = Math.Floor(x);
        return x - floor >= 0.5 ? floor + 1 : floor;
    }

    // ts-fsrs clips w17 and w18 so that several relearning steps cannot raise stability after a lapse, and keeps
    // w19 at 0.01 or more when it schedules same-day reviews.
    private static FsrsParameters ForShortTermScheduling(FsrsParameters p, int relearningSteps)
    {
        var w = p.Weights.ToArray();
        w[19] = Math.Max(w[19], 0.01);
        if (relearningSteps > 1)
        {
            var value = -(Math.Log(w[11]) + Math.Log(Math.Pow(2, w[13]) - 1) + (w[14] * 0.3)) / relearningSteps;
            var ceiling = Math.Clamp(FsrsModel.RoundTo8(Math.Sqrt(Math.Max(value, 0))), 0.01, 2);
            w[17] = Math.Min(w[17], ceiling);
            w[18] = Math.Min(w[18], ceiling);
        }

        return w.AsSpan().SequenceEqual(p.Weights) ? p : FsrsParameters.Create(w).Value;
    }

    private double NextStability(SchedulingCard card, int elapsedDays, double retrievability, Rating rating)
    {
        if (elapsedDays == 0)
        {
            return Model.ShortTermStability(card.Stability, rating);
        }

        return rating == Rating.Again
            ? Model.ForgetStability(card.Memory, retrievability)
            : Model.RecallStability(card.Memory, retrievability, rating);
    }

    // The stability after Hard, Good or Easy in review: same-day, or from the growth the three share.
    private double Recalled(SchedulingCard card, int elapsedDays, double growth, Rating rating) =>
        elapsedDays == 0 ? Model.ShortTermStability(card.Stability, rating) : Model.RecallStability(card.Stability, growth, rating);

    // The learning and relearning steps, as ts-fsrs's basic learning-steps strategy and applyLearningSteps.
    private ReviewOutcome Steps(
        SchedulingCard card, Rating rating, MemoryState memory, CardState stepState, DateTimeOffset now, int elapsedDays, double r, int lapses)
    {
        var steps = card.State is CardState.Review or CardState.Relearning ? _relearningMinutes : _learningMinutes;
        var (minutes, nextStep) = StepAfter(steps, card.State, card.Step, rating);
        var reps = card.Reps + 1;
        if (minutes > 0 && minutes < MinutesPerDay)
        {
            var due = now.AddTicks((long)RoundHalfUp(minutes) * TimeSpan.TicksPerMinute);
            return new ReviewOutcome(
                new SchedulingCard(stepState, nextStep, memory.Stability, memory.Difficulty, due, now, reps, lapses), 0, elapsedDays, r);
        }

        if (minutes >= MinutesPerDay)
        {
            // A step of a day or more graduates the card but keeps its step, as ts-fsrs does.
            var due = now.AddTicks((long)RoundHalfUp(minutes) * TimeSpan.TicksPerMinute);
            return new ReviewOutcome(
                new SchedulingCard(CardState.Review, nextStep, memory.Stability, memory.Difficulty, due, now, reps, lapses),
                Math.Floor(minutes / MinutesPerDay), elapsedDays, r);
        }

        var interval = NextInterval(memory.Stability, elapsedDays, FuzzFactor(card, now));
        var graduated = new SchedulingCard(
            CardState.Review, 0, memory.Stability, memory.Difficulty, now.AddTicks(interval * TimeSpan.TicksPerDay), now, reps, lapses);
        return new ReviewOutcome(graduated, interval, elapsedDays, r);
    }

    // The delay of the next step in minutes and its index, or 0 minutes when the card leaves the steps.
    private static (double Minutes, int Step) StepAfter(double[] steps, CardState state, int step, Rating rating)
    {
        if (steps.Length == 0 || step >= steps.Length)
        {
            return (0, 0);
        }

        if (state == CardState.Review)
        {
            // A lapse enters relearning at the card's step; the other ratings never use the steps in review.
            return rating == Rating.Again ? (steps[step], 0) : (0, 0);
        }

        return rating switch
        {
            Rating.Again => (steps[0], 0),
            Rating.Hard => (steps.Length == 1 ? RoundHalfUp(steps[0] * 1.5) : RoundHalfUp((steps[0] + steps[1]) / 2), step),
            Rating.Good when step + 1 < steps.Length => (steps[step + 1], step + 1),
            _ => (0, 0),
        };
    }

    // A number in [0, 1) that depends on nothing but the seed, the card and the time of the review.
    private double FuzzFactor(SchedulingCard card, DateTimeOffset now)
    {
        if (!_fuzz)
        {
            return 0;
        }

        var h = Mix(_seed ^ 0x9E3779B97F4A7C15UL);
        h = Mix(h ^ (ulong)now.UtcTicks);
        h = Mix(h ^ (ulong)card.Reps);
        h = Mix(h ^ (ulong)BitConverter.DoubleToInt64Bits(card.Stability));
        h = Mix(h ^ (ulong)BitConverter.DoubleToInt64Bits(card.Difficulty));
        return (h >> 11) * (1.0 / (1UL << 53));
    }

    // The SplitMix64 finaliser: every input bit affects every output bit.
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
