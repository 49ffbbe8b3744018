namespace Clio.Scheduling.Optimization;

/// <summary>
/// Initial stabilities (w0–w3) estimated before gradient descent, the way fsrs-rs pre-trains them: each card's
/// first review on a later day than its first tells how well its first rating's stability held. For each first
/// rating, recall at each interval is smoothed towards the average recall (Laplace), and the stability whose
/// forgetting curve best fits those points (log loss weighted by count, plus a small pull towards the default) is
/// found by ternary search. Then stabilities are made to rise with the rating, and ratings without data are filled
/// in from those with data, keeping the defaults' ratios.
/// </summary>
internal static class Pretraining
{
    private const double MaxInitialStability = 100;

    /// <summary>
    /// The first review's rating (1–4) of each card whose first long-term review is in the set, with that review's
    /// interval and outcome.
    /// </summary>
    public static List<(int FirstRating, int Days, bool Recalled)> FirstIntervals(ReviewSet set)
    {
        var points = new List<(int, int, bool)>();
        for (var c = 0; c < set.Cards; c++)
        {
            for (var at = set.Start[c] + 1; at < set.Start[c + 1]; at++)
            {
                if (set.IsItem(at))
                {
                    points.Add((set.Ratings[set.Start[c]], set.Elapsed[at], set.Ratings[at] > 1));
                    break;
                }
            }
        }

        return points;
    }

    /// <summary>
    /// Fitted initial stabilities for ratings 1–4, and how many first intervals each rests on; the defaults'
    /// values where no rating has data.
    /// </summary>
    public static (double[] Stabilities, int[] Counts) Fit(ReviewSet set, FsrsParameters start)
    {
        var points = FirstIntervals(set);
        var counts = new int[4];
        var result = new double[4];
        for (var g = 0; g < 4; g++)
        {
            result[g] = start[g];
        }

        if (points.Count == 0)
        {
            return (result, counts);
        }

        var recalled = 0;
        var items = 0;
        for (var at = 0; at < set.Ratings.Length; at++)
        {
            if (set.IsItem(at))
            {
                items++;
                recalled += set.Ratings[at] > 1 ? 1 : 0;
            }
        }

        var averageRecall = (double)recalled / items;
        var model = new FsrsModel(start);
        var fitted = new double?[4];
        for (var g = 1; g <= 4; g++)
        {
            // Interval → (recalled, count), in interval order so that sums run in a fixed order.
            var groups = new SortedDictionary<int, (int Recalled, int Count)>();
            foreach (var (first, days, ok) in points)
            {
                if (first == g)
                {
                    groups.TryGetValue(days, out var v);
                    groups[days] = (v.Recalled + (ok ? 1 : 0), v.Count + 1);
                }
            }

            if (groups.Count == 0)
            {
                continue;
            }

            var data = groups.Select(p => (Days: (double)p.Key, Recall: (p.Value.Recalled + averageRecall) / (p.Value.Count + 1), Count: (double)p.Value.Count)).ToArray();
            counts[g - 1] = groups.Values.Sum(v => v.Count);
            fitted[g - 1] = Search(model, data, start[g - 1]);
        }

        Smooth(fitted, counts);
        return (Fill(fitted, start), counts);
    }

    /// <summary>
    /// Makes known stabilities rise with the rating (where a lower rating's exceeds a higher one's, the one with
    /// fewer reviews behind it takes the other's value) and fills the unknown ones; the result lies in
    /// [<see cref="FsrsParameters.MinStability"/>, 100].
    /// </summary>
    public static double[] SmoothAndFill(double?[] stabilities, int[] counts, FsrsParameters defaults)
    {
        Smooth(stabilities, counts);
        return Fill(stabilities, defaults);
    }

    private static double Search(FsrsModel model, (double Days, double Recall, double Count)[] data, double prior)
    {
        double Loss(double s)
        {
            var loss = Math.Abs(s - prior) / 16;
            foreach (var (days, recall, count) in data)
            {
                var r = Math.Clamp(model.Retrievability(days, s), FsrsGradient.Epsilon, 1 - FsrsGradient.Epsilon);
                loss -= count * ((recall * Math.Log(r)) + ((1 - recall) * Math.Log(1 - r)));
            }

            return loss;
        }

        var low = FsrsParameters.MinStability;
        var high = MaxInitialStability;
        for (var i = 0; i < 200 && high - low > 1e-9; i++)
        {
            var m1 = low + ((high - low) / 3);
            var m2 = high - ((high - low) / 3);
            if (Loss(m1) < Loss(m2))
            {
                high = m2;
            }
            else
            {
                low = m1;
            }
        }

        return (low + high) / 2;
    }

    private static void Smooth(double?[] s, int[] counts)
    {
        foreach (var (small, big) in new[] { (0, 1), (1, 2), (2, 3), (0, 2), (1, 3), (0, 3) })
        {
            if (s[small] is { } a && s[big] is { } b && a > b)
            {
                if (counts[small] > counts[big])
                {
                    s[big] = a;
                }
                else
                {
                    s[small] = b;
                }
            }
        }
    }

    private static double[] Fill(double?[] s, FsrsParameters defaults)
    {
        var result = new double[4];
        for (var g = 0; g < 4; g++)
        {
            if (s[g] is { } known)
            {
                result[g] = known;
                continue;
            }

            int? lower = null;
            int? upper = null;
            for (var j = g - 1; j >= 0 && lower is null; j--)
            {
                lower = s[j] is null ? null : j;
            }

            for (var j = g + 1; j < 4 && upper is null; j++)
            {
                upper = s[j] is null ? null : j;
            }

            var logDefault = Math.Log(defaults[g]);
            result[g] = (lower, upper) switch
            {
                // Between two known ratings: interpolate in log space where the defaults place this rating.
                ({ } l, { } u) => Math.Exp(Math.Log(s[l]!.Value) + ((logDefault - Math.Log(defaults[l])) /
                    (Math.Log(defaults[u]) - Math.Log(defaults[l])) * (Math.Log(s[u]!.Value) - Math.Log(s[l]!.Value)))),
                ({ } l, null) => s[l]!.Value * defaults[g] / defaults[l],
                (null, { } u) => s[u]!.Value * defaults[g] / defaults[u],
                _ => defaults[g],
            };
        }

        for (var g = 0; g < 4; g++)
        {
            result[g] = Math.Clamp(result[g], FsrsParameters.MinStability, MaxInitialStability);
        }

        return result;
    }
}
