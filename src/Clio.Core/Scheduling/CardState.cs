namespace Clio.Scheduling;

/// <summary>Where a card stands in its schedule. The numbers are ts-fsrs's <c>State</c>, and Anki's.</summary>
public enum CardState
{
    /// <summary>Never reviewed.</summary>
    New = 0,

    /// <summary>Reviewed, and still going through the learning steps (minutes apart, the same day).</summary>
    Learning = 1,

    /// <summary>Graduated: reviewed at intervals of days, chosen from its memory.</summary>
    Review = 2,

    /// <summary>Forgotten in review, and going through the relearning steps before it returns to review.</summary>
    Relearning = 3,
}
