using System.Collections.Immutable;

namespace Clio.Revision.Planning;

/// <summary>Why a card is not expected to reach the target retention on the exam day.</summary>
public enum Shortfall
{
    /// <summary>The card reaches the target.</summary>
    None,

    /// <summary>The daily limit left no room to introduce this new card before the exam.</summary>
    NotIntroduced,

    /// <summary>The card needed a review that the daily limit left no room for before the exam.</summary>
    NoCapacity,

    /// <summary>
    /// Even reviewed on the last day before the exam, the card's memory is too weak to hold the target for one
    /// day: there is too little time left, not too little room.
    /// </summary>
    TooLittleTime,
}

/// <summary>The planned load of one day.</summary>
/// <param name="Date">The day.</param>
/// <param name="Reviews">Reviews of cards already studied, all kinds together.</param>
/// <param name="Overdue">Of those, reviews of cards past their due day (a backlog being worked off).</param>
/// <param name="Early">Of those, reviews pulled before their due day to keep a later day within the limit.</param>
/// <param name="New">New cards introduced.</param>
public readonly record struct DayForecast(DateOnly Date, int Reviews, int Overdue, int Early, int New)
{
    /// <summary>Everything planned for the day: reviews and new cards.</summary>
    public int Total => Reviews + New;
}

/// <summary>The plan for one card.</summary>
/// <param name="Id">The card's id.</param>
/// <param name="ReviewDays">Every planned review (or, for a new card, its introduction first), in order.</param>
/// <param name="ExamRetrievability">
/// The card's predicted retrievability on the exam day if the plan is followed (0 for a card never introduced).
/// </param>
/// <param name="Shortfall">Why the card falls short of the target, or <see cref="Shortfall.None"/>.</param>
public sealed record CardPlan(string Id, ImmutableArray<DateOnly> ReviewDays, double ExamRetrievability, Shortfall Shortfall)
{
    /// <summary>The card's next planned review; null when it needs none before the exam.</summary>
    public DateOnly? NextReview => ReviewDays.IsEmpty ? null : ReviewDays[0];
}

/// <summary>A revision plan up to an exam: the load of each day and what each card is expected to retain.</summary>
public sealed record ExamPlan
{
    /// <summary>The first day of the plan.</summary>
    public required DateOnly Today { get; init; }

    /// <summary>The exam day.</summary>
    public required DateOnly ExamDate { get; init; }

    /// <summary>The retrievability each card should have on the exam day.</summary>
    public required double TargetRetention { get; init; }

    /// <summary>The daily limit the plan respects.</summary>
    public required int MaxCardsPerDay { get; init; }

    /// <summary>One forecast per day from <see cref="Today"/> to the day before the exam.</summary>
    public required ImmutableArray<DayForecast> Days { get; init; }

    /// <summary>One plan per card, in the order the cards were given.</summary>
    public required ImmutableArray<CardPlan> Cards { get; init; }

    /// <summary>
    /// The mean predicted retrievability over all cards on the exam day if the plan is followed, each review
    /// moving the memory to its expected state (cards never introduced count as 0).
    /// </summary>
    public required double ExpectedRetention { get; init; }

    /// <summary>The cards not expected to reach the target, in the order given.</summary>
    public ImmutableArray<CardPlan> Shortfalls => [.. Cards.Where(c => c.Shortfall != Shortfall.None)];

    /// <summary>Whether every card is expected to reach the target (so the mean does too).</summary>
    public bool MeetsTarget => Cards.All(c => c.Shortfall == Shortfall.None);

    /// <summary>The heaviest day's load.</summary>
    public int PeakLoad => Days.IsEmpty ? 0 : Days.Max(d => d.Total);
}
