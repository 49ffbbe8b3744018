namespace Clio.Scheduling;

/// <summary>How well a card was recalled, on FSRS's four-point scale.</summary>
public enum Rating
{
    /// <summary>Forgotten: the answer did not come, or came wrong.</summary>
    Again = 1,

    /// <summary>Recalled with serious difficulty.</summary>
    Hard = 2,

    /// <summary>Recalled after some thought.</summary>
    Good = 3,

    /// <summary>Recalled at once.</summary>
    Easy = 4,
}
