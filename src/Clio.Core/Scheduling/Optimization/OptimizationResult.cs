namespace Clio.Scheduling.Optimization;

/// <summary>What <see cref="FsrsOptimizer.Fit"/> found.</summary>
public sealed record OptimizationResult
{
    /// <summary>The weights to schedule with: the fitted ones, or the defaults when the optimiser fell back.</summary>
    public required FsrsParameters Parameters { get; init; }

    /// <summary>The weights training produced, even when they were not kept; null when there was no training.</summary>
    public FsrsParameters? Fitted { get; init; }

    /// <summary>Whether <see cref="Parameters"/> are the defaults because fitting was not possible or not better.</summary>
    public required bool FellBack { get; init; }

    /// <summary>Why the optimiser fell back, in a sentence fit to show a user; null when it did not.</summary>
    public string? FallbackReason { get; init; }

    /// <summary>Passes made over the training items (0 when there was no training).</summary>
    public required int Epochs { get; init; }

    /// <summary>The pass (1-based) whose weights were kept: the one with the lowest training loss; 0 without training.</summary>
    public required int BestEpoch { get; init; }

    /// <summary>Training items (reviews predicted while fitting).</summary>
    public required int TrainingItems { get; init; }

    /// <summary>Held-out items the metrics below were measured on (0 when the log was too small to split).</summary>
    public required int TestItems { get; init; }

    /// <summary>
    /// The default weights' score on the held-out cards; on the whole log when the optimiser fell back for want of
    /// data; null when there is nothing to score.
    /// </summary>
    public EvaluationMetrics? Before { get; init; }

    /// <summary>The fitted weights' score on the held-out cards; null when there was no training.</summary>
    public EvaluationMetrics? After { get; init; }
}
