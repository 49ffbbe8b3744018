namespace Clio.Scheduling.Optimization;

/// <summary>
/// Cards' histories packed into flat arrays for the optimiser's inner loop. Review <c>k</c> of card <c>c</c> sits at
/// <c>Start[c] + k</c>. A review is a training item (an "FSRSItem" in fsrs-rs: the history before it, the days
/// elapsed, and whether it was recalled) when it is not the card's first and comes on a later day than the review
/// before it; same-day reviews stay in the history, where they change stability through
/// <see cref="FsrsModel.ShortTermStability"/>, but are never predicted (retrievability is 1 on the same day).
/// </summary>
internal sealed class ReviewSet
{
    private ReviewSet(int[] start, byte[] ratings, int[] elapsed, int[] days, double[] weights, int items, int maxLength)
    {
        Start = start;
        Ratings = ratings;
        Elapsed = elapsed;
        Days = days;
        Weights = weights;
        Items = items;
        MaxLength = maxLength;
    }

    /// <summary>Offsets of each card's first review; one more entry than there are cards.</summary>
    public int[] Start { get; }

    /// <summary>Ratings, 1 to 4.</summary>
    public byte[] Ratings { get; }

    /// <summary>Days since the card's previous review; 0 for a card's first review and for same-day reviews.</summary>
    public int[] Elapsed { get; }

    /// <summary>Day numbers of the reviews.</summary>
    public int[] Days { get; }

    /// <summary>Each review's weight in the loss: 0 unless it is a training item.</summary>
    public double[] Weights { get; }

    /// <summary>The number of training items.</summary>
    public int Items { get; }

    /// <summary>The longest history.</summary>
    public int MaxLength { get; }

    /// <summary>The number of cards.</summary>
    public int Cards => Start.Length - 1;

    /// <summary>Whether review <paramref name="index"/> is a training item.</summary>
    public bool IsItem(int index) => Elapsed[index] > 0;

    /// <summary>
    /// Packs the given cards. With <paramref name="recencyWeighted"/>, items are weighted as fsrs-rs does:
    /// <c>0.25 + 0.75·(i/(n−1))³</c> for the i-th of n items in time order, so recent reviews count up to four
    /// times as much as the oldest; otherwise every item weighs 1.
    /// </summary>
    public static ReviewSet Build(IReadOnlyList<CardReviews> log, IReadOnlyList<int> cards, bool recencyWeighted)
    {
        var total = 0;
        var maxLength = 0;
        foreach (var c in cards)
        {
            total += log[c].Reviews.Length;
            maxLength = Math.Max(maxLength, log[c].Reviews.Length);
        }

        var start = new int[cards.Count + 1];
        var ratings = new byte[total];
        var elapsed = new int[total];
        var days = new int[total];
        var weights = new double[total];
        var items = 0;
        var at = 0;
        for (var i = 0; i < cards.Count; i++)
        {
            start[i] = at;
            var reviews = log[cards[i]].Reviews;
            for (var k = 0; k < reviews.Length; k++, at++)
            {
                ratings[at] = (byte)reviews[k].Rating;
                days[at] = reviews[k].Day;
                elapsed[at] = k == 0 ? 0 : reviews[k].Day - reviews[k - 1].Day;
                if (elapsed[at] > 0)
                {
                    weights[at] = 1;
                    items++;
                }
            }
        }

        start[cards.Count] = at;
        if (recencyWeighted && items > 1)
        {
            // Time order: by day, then by the card's place in the set and the review's place in the card, so that
            // the weights never depend on anything but the input.
            var order = new int[items];
            var n = 0;
            for (var k = 0; k < total; k++)
            {
                if (elapsed[k] > 0)
                {
                    order[n++] = k;
                }
            }

            Array.Sort(order, (a, b) => days[a] != days[b] ? days[a].CompareTo(days[b]) : a.CompareTo(b));
            for (var i = 0; i < items; i++)
            {
                var x = (double)i / (items - 1);
                weights[order[i]] = 0.25 + (0.75 * x * x * x);
            }
        }

        return new ReviewSet(start, ratings, elapsed, days, weights, items, maxLength);
    }
}
