namespace Clio.Revision;

/// <summary>How well a section or theme is known.</summary>
public enum MasteryLabel
{
    /// <summary>No card of it has been reviewed yet.</summary>
    NotStarted,

    /// <summary>Mean recall probability below <see cref="Mastery.ShakyFrom"/>.</summary>
    Learning,

    /// <summary>Mean recall probability from <see cref="Mastery.ShakyFrom"/> up to <see cref="Mastery.SecureFrom"/>.</summary>
    Shaky,

    /// <summary>Mean recall probability of <see cref="Mastery.SecureFrom"/> or more.</summary>
    Secure,
}

/// <summary>How well one section or theme is known.</summary>
/// <param name="Id">The section's or theme's id.</param>
/// <param name="Retrievability">The mean probability of recall over all its cards, an unseen card counting 0.</param>
/// <param name="Seen">How many of its cards have been reviewed.</param>
/// <param name="Total">How many cards it has.</param>
/// <param name="Label">The label for the mean.</param>
public sealed record MasteryScore(string Id, double Retrievability, int Seen, int Total, MasteryLabel Label);

/// <summary>Mastery per notes section and per theme.</summary>
/// <param name="Sections">One score per section that has cards, by id.</param>
/// <param name="Themes">One score per theme that has cards, by id.</param>
public sealed record MasteryReport(IReadOnlyList<MasteryScore> Sections, IReadOnlyList<MasteryScore> Themes);

/// <summary>
/// Sums up a student's memory of the cards by notes section and by theme: the mean probability of recall now
/// (FSRS retrievability) over every card of the section or theme, with a card never reviewed counting 0, so that
/// a section is secure only when most of it has been learnt and is still remembered.
/// </summary>
public static class Mastery
{
    /// <summary>The mean retrievability from which a section is <see cref="MasteryLabel.Shaky"/> rather than <see cref="MasteryLabel.Learning"/>.</summary>
    public const double ShakyFrom = 0.5;

    /// <summary>The mean retrievability from which a section is <see cref="MasteryLabel.Secure"/>.</summary>
    public const double SecureFrom = 0.85;

    /// <summary>The mastery report for the given cards.</summary>
    /// <param name="cards">The cards, such as <see cref="CardDeck.Build"/> gives.</param>
    /// <param name="retrievabilityByCardId">A card's probability of recall now, 0 to 1, or null when it was never reviewed.</param>
    public static MasteryReport Compute(IEnumerable<Card> cards, Func<string, double?> retrievabilityByCardId)
    {
        ArgumentNullException.ThrowIfNull(cards);
        ArgumentNullException.ThrowIfNull(retrievabilityByCardId);
        var scored = cards.Select(c => (Card: c, R: retrievabilityByCardId(c.Id) is { } r ? Math.Clamp(double.IsNaN(r) ? 0 : r, 0, 1) : (double?)null)).ToList();
        var sections = scored
            .Where(p => p.Card.Section is not null)
            .GroupBy(p => p.Card.Section!, p => p.R, StringComparer.Ordinal);
        var themes = scored
            .SelectMany(p => p.Card.Themes.Distinct(StringComparer.Ordinal).Select(t => (Theme: t, p.R)))
            .GroupBy(p => p.Theme, p => p.R, StringComparer.Ordinal);
        return new MasteryReport(Scores(sections), Scores(themes));
    }

    /// <summary>The label for a mean retrievability over cards of which <paramref name="seen"/> have been reviewed.</summary>
    public static MasteryLabel Label(double retrievability, int seen) => seen == 0
        ? MasteryLabel.NotStarted
        : retrievability >= SecureFrom ? MasteryLabel.Secure : retrievability >= ShakyFrom ? MasteryLabel.Shaky : MasteryLabel.Learning;

    private static List<MasteryScore> Scores(IEnumerable<IGrouping<string, double?>> groups) =>
        [.. groups
            .Select(g =>
            {
                var values = g.ToList();
                var seen = values.Count(v => v is not null);
                var mean = values.Count == 0 ? 0 : values.Sum(v => v ?? 0) / values.Count;
                return new MasteryScore(g.Key, mean, seen, values.Count, Label(mean, seen));
            })
            .OrderBy(s => s.Id, StringComparer.Ordinal)];
}
