using Clio.Scheduling;

namespace Clio.Storage;

/// <summary>One row of the review log, as stored.</summary>
/// <param name="Id">The row's id, as <see cref="RevisionStore.RecordReview"/> returned it: positive, increasing
/// in the order reviews were recorded, never reused.</param>
/// <param name="CardId">The card answered.</param>
/// <param name="PackId">The pack the card comes from.</param>
/// <param name="Kind">A scheduled review or a quiz answer.</param>
/// <param name="Rating">The rating given.</param>
/// <param name="ReviewedAt">When the answer was given (UTC).</param>
/// <param name="ElapsedDays">Days since the card's previous review.</param>
/// <param name="Duration">How long the answer took, to the millisecond, if measured.</param>
/// <param name="StateBefore">The card's state before the answer.</param>
/// <param name="StateAfter">The card's state after the answer.</param>
/// <param name="StabilityAfter">The card's stability after the answer, in days.</param>
/// <param name="DifficultyAfter">The card's difficulty after the answer.</param>
/// <param name="DueAfter">When the card fell due after the answer (UTC).</param>
/// <param name="RecordedAt">When the store committed the row, by the store's clock (UTC).</param>
public sealed record ReviewLogEntry(
    long Id,
    string CardId,
    string PackId,
    ReviewKind Kind,
    Rating Rating,
    DateTimeOffset ReviewedAt,
    double ElapsedDays,
    TimeSpan? Duration,
    CardState StateBefore,
    CardState StateAfter,
    double StabilityAfter,
    double DifficultyAfter,
    DateTimeOffset DueAfter,
    DateTimeOffset RecordedAt);
