using System.Collections.Immutable;

namespace Clio.Scheduling.Optimization;

/// <summary>One review in a student's log: the day it was made and how well the card was recalled.</summary>
/// <param name="Day">
/// The review's day number on any fixed day count (for example <see cref="DateOnly.DayNumber"/>); only differences
/// matter. Two reviews on the same day are a same-day review (0 days elapsed).
/// </param>
/// <param name="Rating">The answer, Again to Easy.</param>
public readonly record struct LoggedReview(int Day, Rating Rating);

/// <summary>
/// The review history of one card, oldest first: the input of <see cref="FsrsOptimizer"/>. Immutable. Reviews are
/// kept in day order (stably, so same-day reviews keep the order given).
/// </summary>
public sealed class CardReviews
{
    /// <summary>Creates a history from reviews with their day numbers.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A rating is not 1 to 4.</exception>
    public CardReviews(string cardId, IEnumerable<LoggedReview> reviews)
    {
        ArgumentNullException.ThrowIfNull(cardId);
        ArgumentNullException.ThrowIfNull(reviews);
        var list = reviews.ToList();
        foreach (var review in list)
        {
            if (review.Rating is < Rating.Again or > Rating.Easy)
            {
                throw new ArgumentOutOfRangeException(nameof(reviews), review.Rating, "A rating is 1 (Again) to 4 (Easy).");
            }
        }

        CardId = cardId;
        Reviews = [.. list.OrderBy(r => r.Day)];
    }

    /// <summary>The card's id, as the caller knows it.</summary>
    public string CardId { get; }

    /// <summary>The reviews, oldest first.</summary>
    public ImmutableArray<LoggedReview> Reviews { get; }

    /// <summary>
    /// A history from review times. Each time counts on its own local calendar (its offset), and a day starts
    /// <paramref name="dayStartsAt"/> after midnight, as Anki's "next day starts at" setting does (a review at
    /// 02:00 with a 04:00 day start belongs to the day before).
    /// </summary>
    public static CardReviews FromTimes(string cardId, IEnumerable<(DateTimeOffset Time, Rating Rating)> reviews, TimeSpan dayStartsAt)
    {
        ArgumentNullException.ThrowIfNull(reviews);
        var ordered = reviews.OrderBy(r => r.Time.UtcTicks);
        return new CardReviews(
            cardId,
            ordered.Select(r => new LoggedReview(DateOnly.FromDateTime(r.Time.DateTime - dayStartsAt).DayNumber, r.Rating)));
    }

    /// <summary>
    /// A history from the days elapsed since each previous review (the first review's value is ignored: it starts
    /// the card on day <paramref name="firstDay"/>).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">An elapsed count is negative.</exception>
    public static CardReviews FromElapsedDays(string cardId, IEnumerable<(Rating Rating, int ElapsedDays)> reviews, int firstDay = 0)
    {
        ArgumentNullException.ThrowIfNull(reviews);
        var list = new List<LoggedReview>();
        var day = firstDay;
        foreach (var (rating, elapsed) in reviews)
        {
            if (list.Count > 0)
            {
                ArgumentOutOfRangeException.ThrowIfNegative(elapsed, nameof(reviews));
                day += elapsed;
            }

            list.Add(new LoggedReview(day, rating));
        }

        return new CardReviews(cardId, list);
    }
}
