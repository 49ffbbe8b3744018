namespace Clio.Scheduling;

/// <summary>
/// The FSRS-6 memory model: the forgetting curve and how stability and difficulty change after a review. Pure
/// arithmetic on one set of <see cref="FsrsParameters"/>; no clock, no card states, no steps (those belong to
/// <see cref="Scheduler"/>). Every result is clamped to the model's ranges: stability to
/// [<see cref="FsrsParameters.MinStability"/>, <see cref="FsrsParameters.MaxStability"/>], difficulty to [1, 10].
/// With <see cref="FsrsRounding.EightDecimals"/> it also rounds where ts-fsrs does, as the scheduler needs.
/// </summary>
public sealed class FsrsModel
{
    private readonly bool _round;
    private readonly double _factor;

    // Terms that depend on the weights alone, computed once.
    private readonly double _easyDifficulty;
    private readonly double _recallScale;
    private readonly double _lapseDivisor;
    private readonly double[] _sameDayGrowth;

    /// <summary>Creates a model over the given weights, computing at full precision.</summary>
    public FsrsModel(FsrsParameters parameters)
        : this(parameters, FsrsRounding.None)
    {
    }

    /// <summary>Creates a model over the given weights that rounds as <paramref name="rounding"/> says.</summary>
    public FsrsModel(FsrsParameters parameters, FsrsRounding rounding)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        if (!Enum.IsDefined(rounding))
        {
            throw new ArgumentOutOfRangeException(nameof(rounding), rounding, "Unknown rounding.");
        }

        Parameters = parameters;
        Rounding = rounding;
        _round = rounding == FsrsRounding.EightDecimals;
        _factor = Round(parameters.Factor);
        _easyDifficulty = InitialDifficulty(Rating.Easy);
        _recallScale = Math.Exp(parameters[8]);
        _lapseDivisor = Math.Exp(parameters[17] * parameters[18]);
        _sameDayGrowth = [.. Enumerable.Range(1, 4).Select(g => Math.Exp(parameters[17] * (g - 3 + parameters[18])))];
    }

    /// <summary>The model with the default FSRS-6 weights.</summary>
    public static FsrsModel Default { get; } = new(FsrsParameters.Default);

    /// <summary>The weights this model uses.</summary>
    public FsrsParameters Parameters { get; }

    /// <summary>How this model rounds what it computes.</summary>
    public FsrsRounding Rounding { get; }

    /// <summary>
    /// The chance of recall <paramref name="elapsedDays"/> after the last review of a card whose stability is
    /// <paramref name="stability"/>: <c>(1 + factor · t / S) ^ decay</c>. 1 at t = 0, 0.9 at t = S.
    /// </summary>
    public double Retrievability(double elapsedDays, double stability) =>
        elapsedDays <= 0 ? 1 : Round(Math.Pow(1 + (_factor * elapsedDays / stability), Parameters.Decay));

    /// <summary>
    /// The interval in days (unrounded) after which retrievability falls to <paramref name="desiredRetention"/>;
    /// the inverse of <see cref="Retrievability"/>.
    /// </summary>
    public double Interval(double stability, double desiredRetention) =>
        stability * IntervalModifier(desiredRetention);

    /// <summary>
    /// The interval in days, per day of stability, after which retrievability falls to
    /// <paramref name="desiredRetention"/>: 1 at 0.9, more below it, less above it.
    /// </summary>
    public double IntervalModifier(double desiredRetention) =>
        Round((Math.Pow(desiredRetention, 1 / Parameters.Decay) - 1) / _factor);

    /// <summary>The memory of a new card after its first review.</summary>
    public MemoryState Initial(Rating rating) =>
        new(ClampStability(Parameters[(int)rating - 1]), ClampDifficulty(InitialDifficulty(rating)));

    /// <summary>
    /// The difficulty a first review with <paramref name="rating"/> gives, before clamping: <c>w4 − e^(w5·(G−1)) + 1</c>.
    /// Mean reversion aims at the unclamped value for Easy, as in fsrs-rs and ts-fsrs.
    /// </summary>
    public double InitialDifficulty(Rating rating) =>
        Round(Parameters[4] - Math.Exp(Parameters[5] * ((int)rating - 1)) + 1);

    /// <summary>
    /// The difficulty after a review: a step of <c>−w6·(G−3)</c> damped linearly as difficulty nears 10, then a
    /// pull of weight w7 towards the initial difficulty of an Easy first review.
    /// </summary>
    public double NextDifficulty(double difficulty, Rating rating)
    {
        var p = Parameters;
        var delta = -p[6] * ((int)rating - 3);
        var damped = difficulty + Round(delta * (10 - difficulty) / 9);
        var reverted = Round((p[7] * _easyDifficulty) + ((1 - p[7]) * damped));
        return ClampDifficulty(reverted);
    }

    /// <summary>
    /// The stability after a successful review (Hard, Good or Easy) made at retrievability
    /// <paramref name="retrievability"/>.
    /// </summary>
    public double RecallStability(MemoryState state, double retrievability, Rating rating) =>
        RecallStability(state.Stability, RecallGrowth(state, retrievability), rating);

    /// <summary>
    /// The growth of stability after a recall before the Hard penalty and Easy bonus:
    /// <c>e^w8 · (11 − D) · S^(−w9) · (e^(w10·(1−R)) − 1)</c>. The same for all three ratings, so the scheduler
    /// computes it once for the three.
    /// </summary>
    internal double RecallGrowth(MemoryState state, double retrievability) =>
        _recallScale * (11 - state.Difficulty) * Math.Pow(state.Stability, -Parameters[9]) * (Math.Exp(Parameters[10] * (1 - retrievability)) - 1);

    /// <summary>The stability after a recall, from <see cref="RecallGrowth"/>.</summary>
    internal double RecallStability(double stability, double growth, Rating rating)
    {
        var hardPenalty = rating == Rating.Hard ? Parameters[15] : 1;
        var easyBonus = rating == Rating.Easy ? Parameters[16] : 1;
        return Round(ClampStability(stability * ((growth * hardPenalty * easyBonus) + 1)));
    }

    /// <summary>
    /// The stability after a lapse (Again) made at retrievability <paramref name="retrievability"/>. It never
    /// exceeds what a same-day Again would leave: <c>S / e^(w17·w18)</c>.
    /// </summary>
    public double ForgetStability(MemoryState state, double retrievability)
    {
        var p = Parameters;
        var (s, d) = (state.Stability, state.Difficulty);
        var forget = p[11] * Math.Pow(d, -p[12]) * (Math.Pow(s + 1, p[13]) - 1) * Math.Exp(p[14] * (1 - retrievability));
        var ceiling = s / _lapseDivisor;
        // Rounding is monotone, so rounding the smaller of the two equals taking the smaller of the rounded two.
        return Round(ClampStability(Math.Min(forget, ceiling)));
    }

    /// <summary>
    /// The stability after a review on the same day as the last one: <c>S · e^(w17·(G − 3 + w18)) · S^(−w19)</c>,
    /// where the factor is at least 1 for Hard, Good and Easy.
    /// </summary>
    public double ShortTermStability(double stability, Rating rating)
    {
        if ((uint)(rating - Rating.Again) > 3)
        {
            throw new ArgumentOutOfRangeException(nameof(rating), rating, "A rating is 1 (Again) to 4 (Easy).");
        }

        var increase = _sameDayGrowth[(int)rating - 1] * Math.Pow(stability, -Parameters[19]);
        if (rating >= Rating.Hard)
        {
            increase = Math.Max(increase, 1);
        }

        return Round(ClampStability(stability * increase));
    }

    /// <summary>
    /// The memory after one review of a card that has been seen before, <paramref name="elapsedDays"/> after the
    /// last (0 means the same day).
    /// </summary>
    public MemoryState Next(MemoryState state, double elapsedDays, Rating rating)
    {
        double stability;
        if (elapsedDays <= 0)
        {
            stability = ShortTermStability(state.Stability, rating);
        }
        else
        {
            var r = Retrievability(elapsedDays, state.Stability);
            stability = rating == Rating.Again ? ForgetStability(state, r) : RecallStability(state, r, rating);
        }

        return new MemoryState(stability, NextDifficulty(state.Difficulty, rating));
    }

    /// <summary>
    /// Replays a card's whole history: the first rating starts it, each later one comes after the given number of
    /// days. Returns null for an empty history.
    /// </summary>
    public MemoryState? Replay(ReadOnlySpan<(Rating Rating, double ElapsedDays)> reviews)
    {
        if (reviews.IsEmpty)
        {
            return null;
        }

        var state = Initial(reviews[0].Rating);
        for (var i = 1; i < reviews.Length; i++)
        {
            state = Next(state, reviews[i].ElapsedDays, reviews[i].Rating);
        }

        return state;
    }

    /// <summary>
    /// Rounds to 8 decimal places with halves towards +∞, exactly as ts-fsrs's <c>roundTo(x, 8)</c>
    /// (<c>Math.round(x · 1e8) / 1e8</c>) does.
    /// </summary>
    internal static double RoundTo8(double x)
    {
        var scaled = x * 1e8;
        var floor = Math.Floor(scaled);

        // scaled − floor is exact, so halves are found without the error of floor(scaled + 0.5).
        return (scaled - floor >= 0.5 ? floor + 1 : floor) / 1e8;
    }

    private double Round(double x) => _round ? RoundTo8(x) : x;

    private static double ClampStability(double s) =>
        double.IsNaN(s) ? FsrsParameters.MinStability : Math.Clamp(s, FsrsParameters.MinStability, FsrsParameters.MaxStability);

    private static double ClampDifficulty(double d) => double.IsNaN(d) ? 10 : Math.Clamp(d, 1, 10);
}
