namespace Clio.Storage;

/// <summary>The answers recorded on one day, in the time zone the statistics were asked for.</summary>
/// <param name="Day">The day.</param>
/// <param name="Reviews">Answers of kind <see cref="ReviewKind.Review"/>.</param>
/// <param name="Quizzes">Answers of kind <see cref="ReviewKind.Quiz"/>.</param>
/// <param name="FirstReviews">Answers, of either kind, to cards that were new.</param>
/// <param name="Recalls">Answers, of either kind, to cards in the <c>Review</c> state: the tests of long-term
/// memory that retention is measured on.</param>
/// <param name="Passed">How many of <paramref name="Recalls"/> were rated Hard, Good or Easy.</param>
public readonly record struct DayStats(DateOnly Day, int Reviews, int Quizzes, int FirstReviews, int Recalls, int Passed)
{
    /// <summary>All answers of the day: <see cref="Reviews"/> plus <see cref="Quizzes"/>.</summary>
    public int Answers => Reviews + Quizzes;

    /// <summary>The day's true retention, <see cref="Passed"/> / <see cref="Recalls"/>; null when there was no recall.</summary>
    public double? Retention => Recalls == 0 ? null : (double)Passed / Recalls;
}
