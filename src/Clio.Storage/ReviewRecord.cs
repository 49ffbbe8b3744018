using Clio.Scheduling;

namespace Clio.Storage;

/// <summary>
/// One answer to record with <see cref="RevisionStore.RecordReview"/>: the review itself and the card's scheduling
/// state after it, as the scheduler computed it. The store saves both in one transaction.
/// </summary>
/// <param name="CardId">The card answered; not empty.</param>
/// <param name="PackId">The pack the card comes from; not empty.</param>
/// <param name="Kind">A scheduled review or a quiz answer.</param>
/// <param name="Rating">The rating given.</param>
/// <param name="ReviewedAt">When the answer was given.</param>
/// <param name="ElapsedDays">Days since the card's previous review (0 for its first); not negative.</param>
/// <param name="Duration">How long the student took to answer, if measured; not negative.</param>
/// <param name="StateBefore">The card's state before this answer.</param>
/// <param name="After">The card's whole scheduling state after this answer; it replaces the stored state.</param>
public sealed record ReviewRecord(
    string CardId,
    string PackId,
    ReviewKind Kind,
    Rating Rating,
    DateTimeOffset ReviewedAt,
    double ElapsedDays,
    TimeSpan? Duration,
    CardState StateBefore,
    SchedulingCard After);
