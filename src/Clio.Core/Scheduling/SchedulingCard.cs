namespace Clio.Scheduling;

/// <summary>
/// Everything the <see cref="Scheduler"/> knows about one card: its state, its memory and when it is next due.
/// An immutable value; <see cref="Scheduler.Review"/> returns the next one.
/// </summary>
/// <param name="State">Where the card stands in its schedule.</param>
/// <param name="Step">
/// The index of the learning step (in <see cref="CardState.Learning"/>) or relearning step (in
/// <see cref="CardState.Relearning"/>) the card is on; 0 otherwise.
/// </param>
/// <param name="Stability">Days until the chance of recall falls to 0.9; 0 for a new card.</param>
/// <param name="Difficulty">From 1 (easiest) to 10; 0 for a new card.</param>
/// <param name="Due">When the card should next be reviewed.</param>
/// <param name="LastReview">When it was last reviewed; null for a new card.</param>
/// <param name="Reps">How many reviews it has had.</param>
/// <param name="Lapses">How many times it was forgotten (rated Again) in review.</param>
public readonly record struct SchedulingCard(
    CardState State,
    int Step,
    double Stability,
    double Difficulty,
    DateTimeOffset Due,
    DateTimeOffset? LastReview,
    int Reps,
    int Lapses)
{
    /// <summary>The memory of a card that has been reviewed; meaningless for a new card.</summary>
    public MemoryState Memory => new(Stability, Difficulty);

    /// <summary>A card never reviewed, due at <paramref name="now"/>.</summary>
    public static SchedulingCard New(DateTimeOffset now) => new(CardState.New, 0, 0, 0, now, null, 0, 0);
}
