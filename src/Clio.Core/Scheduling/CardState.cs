namespace Clio.Scheduling;

/// <summary>Where a card stands in the FSRS scheduler's cycle. The numbers are stored, so they never change.</summary>
public enum CardState
{
    /// <summary>Never reviewed.</summary>
    New = 0,

    /// <summary>Reviewed at least once and still going through the short learning steps.</summary>
    Learning = 1,

    /// <summary>Graduated: scheduled in days by its stability.</summary>
    Review = 2,

    /// <summary>Forgotten while in <see cref="Review"/> and going through the relearning steps.</summary>
    Relearning = 3,
}
