using System.Globalization;

namespace Clio.Scheduling.Optimization;

/// <summary>
/// Fits the 21 FSRS-6 weights to one student's review log, the way fsrs-rs does: training items are every review
/// made on a later day than the one before it, with the card's history before it; the loss is the binary log loss
/// of the predicted retrievability against the outcome (recalled unless rated Again), with later items weighing up
/// to four times more, plus an L2 pull towards the starting weights. Start: the defaults, with w0–w3 pre-trained
/// from first intervals. Adam on mini-batches of whole cards, a cosine-annealed learning rate, the weights clipped
/// to <see cref="FsrsParameters.Bounds"/> after every step; the pass with the lowest training loss wins.
/// Gradients are exact, by reverse-mode differentiation through each card's recurrence.
/// Deterministic: the same log and options give the same weights, bit for bit.
/// </summary>
public static class FsrsOptimizer
{
    // fsrs-rs's spread of each weight across users: the L2 pull is weaker where users differ more.
    private static readonly double[] ParameterSpread =
    [
        6.43, 9.66, 17.58, 27.85, 0.57, 0.28, 0.6, 0.12, 0.39, 0.18, 0.33, 0.3, 0.09, 0.16, 0.57, 0.25,
        1.03, 0.31, 0.32, 0.14, 0.27,
    ];

    /// <summary>
    /// Fits weights to <paramref name="log"/> (one entry per card), holding out a share of the cards to measure
    /// the fit. Falls back to the defaults when the log holds fewer than
    /// <see cref="OptimizerOptions.MinimumItems"/> items, or (by default) when the fit does not beat the defaults
    /// on the held-out cards; <see cref="OptimizationResult.FallbackReason"/> says which.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public static OptimizationResult Fit(IReadOnlyList<CardReviews> log, OptimizerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(log);
        options ??= OptimizerOptions.Default;
        Check(options);
        var defaults = FsrsParameters.Default;

        var all = ReviewSet.Build(log, [.. Enumerable.Range(0, log.Count)], recencyWeighted: false);
        if (all.Items < options.MinimumItems)
        {
            return new OptimizationResult
            {
                Parameters = defaults,
                FellBack = true,
                FallbackReason = string.Create(CultureInfo.InvariantCulture,
                    $"too few reviews to fit: {all.Items} made on a later day than the card's previous review, {options.MinimumItems} needed"),
                Epochs = 0,
                BestEpoch = 0,
                TrainingItems = 0,
                TestItems = 0,
                Before = FsrsEvaluation.Evaluate(defaults, log),
            };
        }

        var (trainCards, testCards) = Split(log.Count, options);
        var train = ReviewSet.Build(log, trainCards, recencyWeighted: true);
        var test = testCards.Select(i => log[i]).ToList();

        var (fitted, counts, epochs, bestEpoch) = Train(train, defaults, options);
        if (options.Pretrain)
        {
            // As fsrs-rs does after training: initial stabilities rise with the rating, and a rating no card
            // started with takes its value from the others.
            var w = fitted.Weights.ToArray();
            var initial = new double?[4];
            for (var g = 0; g < 4; g++)
            {
                initial[g] = counts[g] > 0 ? w[g] : null;
            }

            if (counts.Any(c => c > 0))
            {
                Pretraining.SmoothAndFill(initial, counts, defaults).CopyTo(w, 0);
                fitted = FsrsParameters.Clipped(w);
            }
        }

        var before = FsrsEvaluation.Evaluate(defaults, test);
        var after = FsrsEvaluation.Evaluate(fitted, test);
        var result = new OptimizationResult
        {
            Parameters = fitted,
            Fitted = fitted,
            FellBack = false,
            Epochs = epochs,
            BestEpoch = bestEpoch,
            TrainingItems = train.Items,
            TestItems = after?.Items ?? 0,
            Before = before,
            After = after,
        };

        if (options.KeepDefaultsWhenWorse && before is { } b && after is { } a && a.LogLoss > b.LogLoss)
        {
            return result with
            {
                Parameters = defaults,
                FellBack = true,
                FallbackReason = string.Create(CultureInfo.InvariantCulture,
                    $"the fitted weights predicted the held-out cards worse than the defaults (log loss {a.LogLoss:F4} against {b.LogLoss:F4})"),
            };
        }

        return result;
    }

    private static void Check(OptimizerOptions options)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Epochs, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.BatchSize, 1, nameof(options));
        if (!(options.LearningRate > 0) || !double.IsFinite(options.LearningRate))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.LearningRate, "The learning rate must be positive.");
        }

        if (!(options.L2Weight >= 0) || !double.IsFinite(options.L2Weight))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.L2Weight, "The L2 weight must be 0 or more.");
        }

        if (!(options.TestFraction is > 0 and < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.TestFraction, "The test fraction lies strictly between 0 and 1.");
        }
    }

    /// <summary>A seeded split of card indices; each side keeps at least one card, and each keeps input order.</summary>
    internal static (int[] Train, int[] Test) Split(int cards, OptimizerOptions options)
    {
        var order = Enumerable.Range(0, cards).ToArray();
        new Random(options.Seed).Shuffle(order);
        var testCount = Math.Clamp((int)Math.Round(cards * options.TestFraction), 1, Math.Max(cards - 1, 1));
        var test = order[..testCount];
        var train = order[testCount..];
        Array.Sort(test);
        Array.Sort(train);
        return (train, test);
    }

    private static (FsrsParameters Fitted, int[] FirstCounts, int Epochs, int BestEpoch) Train(ReviewSet train, FsrsParameters defaults, OptimizerOptions options)
    {
        var start = defaults.Weights.ToArray();
        var counts = new int[4];
        if (options.Pretrain)
        {
            var (initial, c) = Pretraining.Fit(train, defaults);
            initial.CopyTo(start, 0);
            counts = c;
        }

        var w = FsrsParameters.Clipped(start).Weights.ToArray();
        var init = (double[])w.Clone();
        var cards = Enumerable.Range(0, train.Cards).Where(c => train.Start[c + 1] - train.Start[c] > 1).ToArray();
        var itemsPerCard = new int[train.Cards];
        for (var c = 0; c < train.Cards; c++)
        {
            for (var at = train.Start[c] + 1; at < train.Start[c + 1]; at++)
            {
                itemsPerCard[c] += train.IsItem(at) ? 1 : 0;
            }
        }

        var kernel = new FsrsGradient(train.MaxLength);
        var adam = new Adam(FsrsParameters.Count);
        var rng = new Random(options.Seed);
        var gradient = new double[FsrsParameters.Count];
        var stepsPerEpoch = Math.Max(1, (train.Items + options.BatchSize - 1) / options.BatchSize);
        var totalSteps = (double)(stepsPerEpoch * options.Epochs);
        var step = 0;

        var best = (double[])w.Clone();
        var bestLoss = TotalLoss(kernel, w, init, train, cards, options);
        var bestEpoch = 0;
        for (var epoch = 1; epoch <= options.Epochs; epoch++)
        {
            rng.Shuffle(cards);
            var batchStart = 0;
            var batchItems = 0;
            for (var i = 0; i < cards.Length; i++)
            {
                batchItems += itemsPerCard[cards[i]];
                if (batchItems < options.BatchSize && i < cards.Length - 1)
                {
                    continue;
                }

                var batch = cards.AsSpan(batchStart, i + 1 - batchStart);
                Array.Clear(gradient);
                kernel.Run(w, train, batch, gradient);
                AddPenaltyGradient(w, init, gradient, options.L2Weight * batchItems / train.Items);
                if (gradient.All(double.IsFinite))
                {
                    var rate = options.LearningRate * 0.5 * (1 + Math.Cos(Math.PI * Math.Min(step, totalSteps) / totalSteps));
                    adam.Step(w, gradient, rate);
                    FsrsParameters.Clipped(w).Weights.CopyTo(w);
                }

                step++;
                batchStart = i + 1;
                batchItems = 0;
            }

            var loss = TotalLoss(kernel, w, init, train, cards, options);
            if (loss < bestLoss)
            {
                bestLoss = loss;
                bestEpoch = epoch;
                w.CopyTo(best, 0);
            }
        }

        return (FsrsParameters.Clipped(best), counts, options.Epochs, bestEpoch);
    }

    private static double TotalLoss(FsrsGradient kernel, double[] w, double[] init, ReviewSet train, int[] cards, OptimizerOptions options)
    {
        var loss = kernel.Run(w, train, cards, []);
        var penalty = 0.0;
        for (var i = 0; i < w.Length; i++)
        {
            var x = (w[i] - init[i]) / ParameterSpread[i];
            penalty += x * x;
        }

        var total = loss + (options.L2Weight * penalty);
        return double.IsNaN(total) ? double.PositiveInfinity : total;
    }

    private static void AddPenaltyGradient(double[] w, double[] init, double[] gradient, double scale)
    {
        if (scale == 0)
        {
            return;
        }

        for (var i = 0; i < w.Length; i++)
        {
            gradient[i] += scale * 2 * (w[i] - init[i]) / (ParameterSpread[i] * ParameterSpread[i]);
        }
    }
}
