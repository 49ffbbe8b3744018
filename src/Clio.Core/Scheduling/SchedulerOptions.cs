using System.Collections.Immutable;
using System.Globalization;

namespace Clio.Scheduling;

/// <summary>
/// How a <see cref="Scheduler"/> schedules: the retention it aims for, the learning and relearning steps, the
/// longest interval, whether intervals are fuzzed, and the FSRS weights. The defaults are ts-fsrs's, except that
/// fuzz is on. Immutable; check a hand-built one with <see cref="Validate"/>.
/// </summary>
public sealed record SchedulerOptions
{
    /// <summary>The defaults: retention 0.9, steps of 1 and 10 minutes, relearning 10 minutes, 36,500 days, fuzz on.</summary>
    public static SchedulerOptions Default { get; } = new();

    /// <summary>The chance of recall at which a review card falls due; above 0 and at most 1.</summary>
    public double DesiredRetention { get; init; } = 0.9;

    /// <summary>
    /// The delays between the reviews of a new card before it graduates, each a positive whole number of minutes.
    /// Good moves to the next step (graduating after the last), Hard repeats the step (with a delay halfway between
    /// the first two steps, or 1.5 times the only one), Again goes back to the first step, Easy graduates at once.
    /// Empty: a card graduates at its first review.
    /// </summary>
    public ImmutableArray<TimeSpan> LearningSteps { get; init; } = [TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(10)];

    /// <summary>
    /// The steps after a lapse, with the same rules as <see cref="LearningSteps"/>. Empty: a lapsed card stays in
    /// review with a new, short interval.
    /// </summary>
    public ImmutableArray<TimeSpan> RelearningSteps { get; init; } = [TimeSpan.FromMinutes(10)];

    /// <summary>The longest interval in days; at least 1.</summary>
    public int MaximumIntervalDays { get; init; } = 36500;

    /// <summary>
    /// Whether intervals of 2.5 days or more are spread at random (±15 % up to a week, ±10 % up to 20 days, ±5 %
    /// beyond), so that cards learned together do not stay due together.
    /// </summary>
    public bool EnableFuzz { get; init; } = true;

    /// <summary>The FSRS-6 weights.</summary>
    public FsrsParameters Parameters { get; init; } = FsrsParameters.Default;

    /// <summary>These options if they are usable; otherwise the reason they are not.</summary>
    public ParseResult<SchedulerOptions> Validate()
    {
        if (!(DesiredRetention > 0 && DesiredRetention <= 1))
        {
            return Fail($"the desired retention must be above 0 and at most 1, not {DesiredRetention}");
        }

        if (MaximumIntervalDays < 1)
        {
            return Fail($"the maximum interval must be at least 1 day, not {MaximumIntervalDays}");
        }

        if (Parameters is null)
        {
            return Fail($"the FSRS parameters are missing");
        }

        return CheckSteps(LearningSteps, "learning") ?? CheckSteps(RelearningSteps, "relearning") ?? ParseResult<SchedulerOptions>.Ok(this);
    }

    /// <inheritdoc/>
    public bool Equals(SchedulerOptions? other) =>
        other is not null
        && DesiredRetention.Equals(other.DesiredRetention)
        && MaximumIntervalDays == other.MaximumIntervalDays
        && EnableFuzz == other.EnableFuzz
        && Equals(Parameters, other.Parameters)
        && StepsEqual(LearningSteps, other.LearningSteps)
        && StepsEqual(RelearningSteps, other.RelearningSteps);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        hash.Add(DesiredRetention);
        hash.Add(MaximumIntervalDays);
        hash.Add(EnableFuzz);
        hash.Add(Parameters);
        foreach (var step in LearningSteps.IsDefault ? [] : LearningSteps)
        {
            hash.Add(step);
        }

        foreach (var step in RelearningSteps.IsDefault ? [] : RelearningSteps)
        {
            hash.Add(step);
        }

        return hash.ToHashCode();
    }

    private static ParseResult<SchedulerOptions>? CheckSteps(ImmutableArray<TimeSpan> steps, string kind)
    {
        if (steps.IsDefault)
        {
            return Fail($"the {kind} steps are missing");
        }

        foreach (var step in steps)
        {
            if (step <= TimeSpan.Zero || step.Ticks % TimeSpan.TicksPerMinute != 0)
            {
                return Fail($"each {kind} step must be a positive whole number of minutes, not {step}");
            }
        }

        return null;
    }

    private static bool StepsEqual(ImmutableArray<TimeSpan> a, ImmutableArray<TimeSpan> b) =>
        a.IsDefault || b.IsDefault ? a.IsDefault == b.IsDefault : a.AsSpan().SequenceEqual(b.AsSpan());

    private static ParseResult<SchedulerOptions> Fail(FormattableString reason) =>
        ParseResult<SchedulerOptions>.Fail(reason.ToString(CultureInfo.InvariantCulture));
}
