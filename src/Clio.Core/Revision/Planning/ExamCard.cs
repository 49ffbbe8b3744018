using Clio.Scheduling;

namespace Clio.Revision.Planning;

/// <summary>
/// A card as the exam planner sees it: its memory and the day of its last review, or neither for a card never
/// studied. Build one with <see cref="New"/> or <see cref="Seen"/>.
/// </summary>
public sealed record ExamCard
{
    private ExamCard(string id, MemoryState? memory, DateOnly? lastReview)
    {
        Id = id;
        Memory = memory;
        LastReview = lastReview;
    }

    /// <summary>The card's id, as the caller knows it.</summary>
    public string Id { get; }

    /// <summary>The card's memory after its last review; null for a new card.</summary>
    public MemoryState? Memory { get; }

    /// <summary>The day of the card's last review; null for a new card.</summary>
    public DateOnly? LastReview { get; }

    /// <summary>Whether the card has never been studied.</summary>
    public bool IsNew => Memory is null;

    /// <summary>A card never studied.</summary>
    public static ExamCard New(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return new ExamCard(id, null, null);
    }

    /// <summary>A card studied before, last on <paramref name="lastReview"/>, with the memory that review left.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The stability is not positive or the difficulty not in [1, 10].</exception>
    public static ExamCard Seen(string id, MemoryState memory, DateOnly lastReview)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (!(memory.Stability > 0) || !double.IsFinite(memory.Stability))
        {
            throw new ArgumentOutOfRangeException(nameof(memory), memory.Stability, "Stability must be positive.");
        }

        if (!(memory.Difficulty is >= 1 and <= 10))
        {
            throw new ArgumentOutOfRangeException(nameof(memory), memory.Difficulty, "Difficulty lies in [1, 10].");
        }

        return new ExamCard(id, memory, lastReview);
    }
}
