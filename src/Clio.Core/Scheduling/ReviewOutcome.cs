namespace Clio.Scheduling;

/// <summary>What one review did to a card.</summary>
/// <param name="Card">The card after the review.</param>
/// <param name="IntervalDays">
/// The whole days until the card is due again, as ts-fsrs's <c>scheduled_days</c>: 0 for a learning or relearning
/// step (minutes away; <see cref="SchedulingCard.Due"/> has the exact time).
/// </param>
/// <param name="ElapsedDays">
/// Whole days since the last review, counted between UTC calendar days (23:59 to 00:01 the next day is 1); 0 for a
/// new card. This is the time the memory model saw.
/// </param>
/// <param name="RetrievabilityBefore">
/// The chance of recall the model gave the card at this review, after <paramref name="ElapsedDays"/>; 0 for a new
/// card.
/// </param>
public readonly record struct ReviewOutcome(
    SchedulingCard Card,
    double IntervalDays,
    double ElapsedDays,
    double RetrievabilityBefore);

/// <summary>The outcome of each of the four ratings for one card at one moment.</summary>
/// <param name="Again">The outcome of <see cref="Rating.Again"/>.</param>
/// <param name="Hard">The outcome of <see cref="Rating.Hard"/>.</param>
/// <param name="Good">The outcome of <see cref="Rating.Good"/>.</param>
/// <param name="Easy">The outcome of <see cref="Rating.Easy"/>.</param>
public readonly record struct ReviewPreview(ReviewOutcome Again, ReviewOutcome Hard, ReviewOutcome Good, ReviewOutcome Easy)
{
    /// <summary>The outcome of <paramref name="rating"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The rating is not one of the four.</exception>
    public ReviewOutcome this[Rating rating] => rating switch
    {
        Rating.Again => Again,
        Rating.Hard => Hard,
        Rating.Good => Good,
        Rating.Easy => Easy,
        _ => throw new ArgumentOutOfRangeException(nameof(rating), rating, "A rating is 1 (Again) to 4 (Easy)."),
    };
}
