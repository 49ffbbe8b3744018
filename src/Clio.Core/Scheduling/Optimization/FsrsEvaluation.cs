namespace Clio.Scheduling.Optimization;

/// <summary>How well one set of weights predicts recall on a set of reviews.</summary>
/// <param name="LogLoss">
/// The mean binary log loss of the predicted retrievability against the outcome (recalled or not); lower is better.
/// A model that always said 0.9 would score about 0.33 on a log where 90% of reviews are recalled.
/// </param>
/// <param name="RmseBins">
/// RMSE (bins), fsrs-rs's calibration measure: items are binned by interval, number of reviews and number of
/// lapses (each on a logarithmic scale); the root of the squared gap between mean prediction and mean outcome per
/// bin, averaged with each bin weighted by its item count. Lower is better.
/// </param>
/// <param name="Items">The number of predictions scored.</param>
public readonly record struct EvaluationMetrics(double LogLoss, double RmseBins, int Items);

/// <summary>Scores weights on review histories with <see cref="FsrsModel"/>: the optimiser's yardstick.</summary>
public static class FsrsEvaluation
{
    /// <summary>
    /// Replays each card with the weights and scores every review made on a later day than the one before it (the
    /// training items of <see cref="FsrsOptimizer"/>). Null when there is none to score.
    /// </summary>
    public static EvaluationMetrics? Evaluate(FsrsParameters parameters, IEnumerable<CardReviews> cards)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(cards);
        var model = new FsrsModel(parameters);
        var bins = new Dictionary<(int, int, int), (double Predicted, double Actual, int Count)>();
        var loss = 0.0;
        var items = 0;
        foreach (var card in cards)
        {
            var reviews = card.Reviews;
            if (reviews.IsEmpty)
            {
                continue;
            }

            var state = model.Initial(reviews[0].Rating);
            var longTerm = 0;
            var lapses = 0;
            for (var i = 1; i < reviews.Length; i++)
            {
                var elapsed = reviews[i].Day - reviews[i - 1].Day;
                var recalled = reviews[i].Rating > Rating.Again;
                if (elapsed > 0)
                {
                    var r = Math.Clamp(model.Retrievability(elapsed, state.Stability), FsrsGradient.Epsilon, 1 - FsrsGradient.Epsilon);
                    loss -= recalled ? Math.Log(r) : Math.Log(1 - r);
                    items++;
                    var key = Bin(elapsed, longTerm + 2, lapses);
                    bins.TryGetValue(key, out var bin);
                    bins[key] = (bin.Predicted + r, bin.Actual + (recalled ? 1 : 0), bin.Count + 1);
                    longTerm++;
                    lapses += recalled ? 0 : 1;
                }

                state = model.Next(state, elapsed, reviews[i].Rating);
            }
        }

        if (items == 0)
        {
            return null;
        }

        var squares = 0.0;
        foreach (var (predicted, actual, count) in bins.Values)
        {
            var gap = (predicted - actual) / count;
            squares += gap * gap * count;
        }

        return new EvaluationMetrics(loss / items, Math.Sqrt(squares / items), items);
    }

    /// <summary>
    /// fsrs-rs's bin of an item: the interval on a scale of ratio 3.62, the history's length (long-term reviews
    /// including this one, plus one) on a scale of 1.89, and its lapses on a scale of 1.73 (0 for none).
    /// </summary>
    internal static (int Interval, int Length, int Lapses) Bin(int elapsed, int length, int lapses) =>
        (Scale(elapsed, 3.62, 248), Scale(length, 1.89, 1.99), lapses == 0 ? 0 : Scale(lapses, 1.73, 1.65));

    private static int Scale(double x, double ratio, double multiplier) =>
        (int)Math.Round(multiplier * Math.Pow(ratio, Math.Floor(Math.Log(x) / Math.Log(ratio))));
}
