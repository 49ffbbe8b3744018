using System.Collections.Immutable;

namespace Clio.Scheduling.Optimization;

/// <summary>How <see cref="ReviewSimulator"/> builds a student's log.</summary>
public sealed record SimulationOptions
{
    /// <summary>Cards the student learns.</summary>
    public int Cards { get; init; } = 1000;

    /// <summary>New cards started each day, in order, from day 0.</summary>
    public int NewCardsPerDay { get; init; } = 20;

    /// <summary>The simulation stops after this many days.</summary>
    public int Days { get; init; } = 365;

    /// <summary>The log holds at most this many reviews: the simulation stops there, cutting the last card's history.</summary>
    public int MaxReviews { get; init; } = int.MaxValue;

    /// <summary>The retention the scheduler aims for when it picks the next interval.</summary>
    public double DesiredRetention { get; init; } = 0.9;

    /// <summary>
    /// The weights the scheduler believes in. It never sees the student's true weights: it schedules with these,
    /// which is what makes a fit worth having.
    /// </summary>
    public FsrsParameters SchedulerParameters { get; init; } = FsrsParameters.Default;

    /// <summary>Each interval is stretched or shrunk by a random factor up to this share either way (Anki's fuzz).</summary>
    public double Fuzz { get; init; } = 0.15;

    /// <summary>The chance the student comes back late for a review.</summary>
    public double LateChance { get; init; } = 0.2;

    /// <summary>How late, at most, in days, a late review comes (uniformly 1 to this).</summary>
    public int MaxLateDays { get; init; } = 5;

    /// <summary>Whether a lapse (or a first Again) is followed by one more review the same day, rated Good.</summary>
    public bool RelearnSameDay { get; init; } = true;

    /// <summary>Relative chances of the first rating: Again, Hard, Good, Easy.</summary>
    public ImmutableArray<double> FirstRatingWeights { get; init; } = [0.2, 0.15, 0.5, 0.15];

    /// <summary>Relative chances of Hard, Good and Easy when the student recalls the card.</summary>
    public ImmutableArray<double> RecallRatingWeights { get; init; } = [0.15, 0.7, 0.15];

    /// <summary>Seeds every random choice: the same options give the same log.</summary>
    public int Seed { get; init; } = 1;
}

/// <summary>
/// A simulated student whose memory follows FSRS-6 with known "true" weights: on each review the student recalls
/// with probability equal to the true retrievability, answers Again on a failure, and otherwise Hard, Good or Easy
/// by fixed chances. A scheduler that knows only <see cref="SimulationOptions.SchedulerParameters"/> picks the
/// intervals (with fuzz, and a student who is sometimes late). For testing and benchmarking the optimiser: a fit to
/// the log should move from the defaults towards the true weights.
/// </summary>
public sealed class ReviewSimulator
{
    private readonly FsrsModel _truth;

    /// <summary>Creates a student whose memory follows <paramref name="trueParameters"/>.</summary>
    public ReviewSimulator(FsrsParameters trueParameters)
    {
        ArgumentNullException.ThrowIfNull(trueParameters);
        _truth = new FsrsModel(trueParameters);
    }

    /// <summary>The weights the simulated memory follows.</summary>
    public FsrsParameters TrueParameters => _truth.Parameters;

    /// <summary>Runs the simulation: one history per card started, cards named <c>c0</c>, <c>c1</c>, ...</summary>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public IReadOnlyList<CardReviews> Simulate(SimulationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegative(options.Cards, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.NewCardsPerDay, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegative(options.MaxLateDays, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegative(options.MaxReviews, nameof(options));
        if (options.FirstRatingWeights.Length != 4 || options.RecallRatingWeights.Length != 3)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "Four first-rating weights and three recall-rating weights are needed.");
        }

        if (!(options.DesiredRetention is > 0 and < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.DesiredRetention, "The desired retention lies strictly between 0 and 1.");
        }

        var scheduler = new FsrsModel(options.SchedulerParameters);
        var rng = new Random(options.Seed);
        var log = new List<CardReviews>();
        var total = 0;
        for (var card = 0; card < options.Cards && total < options.MaxReviews; card++)
        {
            var day = card / options.NewCardsPerDay;
            if (day >= options.Days)
            {
                break;
            }

            var reviews = new List<LoggedReview>();
            var first = (Rating)(Pick(rng, options.FirstRatingWeights) + 1);
            reviews.Add(new LoggedReview(day, first));
            var truth = _truth.Initial(first);
            var belief = scheduler.Initial(first);
            if (first == Rating.Again && options.RelearnSameDay)
            {
                reviews.Add(new LoggedReview(day, Rating.Good));
                truth = _truth.Next(truth, 0, Rating.Good);
                belief = scheduler.Next(belief, 0, Rating.Good);
            }

            while (total + reviews.Count < options.MaxReviews)
            {
                var interval = scheduler.Interval(belief.Stability, options.DesiredRetention);
                interval *= 1 + (options.Fuzz * ((2 * rng.NextDouble()) - 1));
                var elapsed = Math.Max(1, (int)Math.Round(interval));
                if (rng.NextDouble() < options.LateChance && options.MaxLateDays > 0)
                {
                    elapsed += rng.Next(1, options.MaxLateDays + 1);
                }

                day += elapsed;
                if (day >= options.Days)
                {
                    break;
                }

                var recalled = rng.NextDouble() < _truth.Retrievability(elapsed, truth.Stability);
                var rating = recalled ? (Rating)(Pick(rng, options.RecallRatingWeights) + 2) : Rating.Again;
                reviews.Add(new LoggedReview(day, rating));
                truth = _truth.Next(truth, elapsed, rating);
                belief = scheduler.Next(belief, elapsed, rating);
                if (!recalled && options.RelearnSameDay && total + reviews.Count < options.MaxReviews)
                {
                    reviews.Add(new LoggedReview(day, Rating.Good));
                    truth = _truth.Next(truth, 0, Rating.Good);
                    belief = scheduler.Next(belief, 0, Rating.Good);
                }
            }

            if (total + reviews.Count > options.MaxReviews)
            {
                reviews.RemoveRange(options.MaxReviews - total, total + reviews.Count - options.MaxReviews);
            }

            total += reviews.Count;
            log.Add(new CardReviews("c" + card.ToString(System.Globalization.CultureInfo.InvariantCulture), reviews));
        }

        return log;
    }

    private static int Pick(Random rng, ImmutableArray<double> weights)
    {
        var sum = 0.0;
        foreach (var x in weights)
        {
            sum += x;
        }

        var u = rng.NextDouble() * sum;
        for (var i = 0; i < weights.Length - 1; i++)
        {
            u -= weights[i];
            if (u < 0)
            {
                return i;
            }
        }

        return weights.Length - 1;
    }
}
