namespace Clio.Revision.Planning;

/// <summary>What the exam planner aims for and the limits it works within.</summary>
public sealed record ExamPlanOptions
{
    /// <summary>The first day of the plan: reviews may be planned from this day on.</summary>
    public required DateOnly Today { get; init; }

    /// <summary>The day of the exam. Reviews are planned up to the day before; retention is measured on this day.</summary>
    public required DateOnly ExamDate { get; init; }

    /// <summary>The predicted retrievability every card should have on the exam day (0.9 unless set).</summary>
    public double TargetRetention { get; init; } = 0.9;

    /// <summary>The most cards (reviews and new cards together) planned on any one day.</summary>
    public int MaxCardsPerDay { get; init; } = 200;

    /// <summary>The most new cards introduced on any one day; null for no limit beyond <see cref="MaxCardsPerDay"/>.</summary>
    public int? MaxNewPerDay { get; init; }

    /// <summary>
    /// Cards already overdue on the first day (missed days) are spread evenly over this many days, or the days
    /// left before the exam if fewer, rather than all put on the first day.
    /// </summary>
    public int BacklogDays { get; init; } = 7;

    /// <summary>
    /// New cards are introduced at an even rate over this share of the days before the exam (two thirds unless
    /// set), so that the last third is left for consolidating them.
    /// </summary>
    public double NewCardWindow { get; init; } = 2.0 / 3;
}
