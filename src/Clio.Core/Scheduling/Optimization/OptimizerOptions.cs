namespace Clio.Scheduling.Optimization;

/// <summary>How <see cref="FsrsOptimizer"/> fits; the defaults follow fsrs-rs where it has a setting.</summary>
public sealed record OptimizerOptions
{
    /// <summary>The options used when none are given.</summary>
    public static OptimizerOptions Default { get; } = new();

    /// <summary>Passes over the training items (fsrs-rs: 5). The weights after the best pass are kept.</summary>
    public int Epochs { get; init; } = 5;

    /// <summary>
    /// Training items per gradient step (fsrs-rs: 512). Batches are whole cards, filled until they hold at least
    /// this many items.
    /// </summary>
    public int BatchSize { get; init; } = 512;

    /// <summary>Adam's initial learning rate, annealed to zero along a cosine (fsrs-rs: 0.04).</summary>
    public double LearningRate { get; init; } = 0.04;

    /// <summary>
    /// The strength of the L2 pull towards the starting weights, each scaled by fsrs-rs's spread of that weight
    /// across users (fsrs-rs: 1). 0 turns it off.
    /// </summary>
    public double L2Weight { get; init; } = 1;

    /// <summary>The share of cards held out to measure the fit (0.2: one card in five), chosen by <see cref="Seed"/>.</summary>
    public double TestFraction { get; init; } = 0.2;

    /// <summary>
    /// The fewest training items (reviews on a later day than the card's previous review) the whole log must hold
    /// for a fit; with fewer, the optimiser keeps the defaults. fsrs-rs trains from 64 items; 400 leaves enough
    /// after one card in five is held out to tell a real gain from noise on a single student's log.
    /// </summary>
    public int MinimumItems { get; init; } = 400;

    /// <summary>Seeds the train/test split and the shuffling of cards between steps.</summary>
    public int Seed { get; init; } = 2023;

    /// <summary>Whether to estimate w0–w3 from first intervals before gradient descent, as fsrs-rs does.</summary>
    public bool Pretrain { get; init; } = true;

    /// <summary>
    /// Whether to keep the defaults when the fitted weights predict the held-out cards worse (by log loss) than the
    /// defaults do, as Anki keeps a deck's current weights when new ones do not beat them.
    /// </summary>
    public bool KeepDefaultsWhenWorse { get; init; } = true;
}
