namespace Clio.Scheduling;

/// <summary>
/// Everything the scheduler knows of one card, and all that needs storing to schedule it again: plain data, no
/// behaviour.
/// </summary>
/// <param name="State">Where the card stands in the learning cycle.</param>
/// <param name="Step">The index of the current learning or relearning step; 0 in <see cref="CardState.New"/> and
/// <see cref="CardState.Review"/>.</param>
/// <param name="Stability">The FSRS stability in days; 0 for a card never reviewed.</param>
/// <param name="Difficulty">The FSRS difficulty, 1 to 10; 0 for a card never reviewed.</param>
/// <param name="Due">When the card is next due.</param>
/// <param name="LastReview">When the card was last reviewed; null if never.</param>
/// <param name="Reps">How many times the card has been reviewed.</param>
/// <param name="Lapses">How many times the card was forgotten after it had graduated to review.</param>
public readonly record struct SchedulingCard(
    CardState State,
    int Step,
    double Stability,
    double Difficulty,
    DateTimeOffset Due,
    DateTimeOffset? LastReview,
    int Reps,
    int Lapses);
