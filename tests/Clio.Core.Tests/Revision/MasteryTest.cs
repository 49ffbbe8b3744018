using Clio.Packs;
using Clio.Revision;

namespace Clio.Tests.Revision;

/// <summary>Mastery by section and theme: mean retrievability with unseen cards counting nothing.</summary>
public class MasteryTest
{
    private static Card Card(string id, string? section, params string[] themes) => new()
    {
        Id = id,
        Kind = CardKind.Fact,
        Front = id + "?",
        Back = id,
        AnswerKind = AnswerKind.None,
        Entries = ["x"],
        Section = section,
        Themes = themes,
    };

    private static readonly Card[] Cards =
    [
        Card("a1", "alpha", "t1"),
        Card("a2", "alpha", "t1", "t2"),
        Card("a3", "alpha"),
        Card("a4", "alpha", "t2"),
        Card("b1", "beta", "t1"),
        Card("n1", null, "t2"),
    ];

    [Fact]
    public void TheMeanCountsUnseenCardsAsZero()
    {
        var seen = new Dictionary<string, double> { ["a1"] = 0.9, ["a2"] = 0.7 };

        var report = Mastery.Compute(Cards, id => seen.TryGetValue(id, out var r) ? r : null);

        var alpha = report.Sections.Single(s => s.Id == "alpha");
        Assert.Equal((0.4, 2, 4), (Math.Round(alpha.Retrievability, 6), alpha.Seen, alpha.Total));
        Assert.Equal(MasteryLabel.Learning, alpha.Label);
        var beta = report.Sections.Single(s => s.Id == "beta");
        Assert.Equal((0.0, 0, 1, MasteryLabel.NotStarted), (beta.Retrievability, beta.Seen, beta.Total, beta.Label));
    }

    [Fact]
    public void ThemesCountEveryCardOfTheThemeWhateverItsSection()
    {
        var report = Mastery.Compute(Cards, _ => 0.9);

        Assert.Equal(["t1", "t2"], report.Themes.Select(t => t.Id));
        Assert.Equal(3, report.Themes.Single(t => t.Id == "t2").Total);
        Assert.All(report.Themes, t => Assert.Equal(MasteryLabel.Secure, t.Label));
        Assert.Equal(["alpha", "beta"], report.Sections.Select(s => s.Id));
    }

    [Theory]
    [InlineData(0.0, 0, MasteryLabel.NotStarted)]
    [InlineData(0.49, 3, MasteryLabel.Learning)]
    [InlineData(0.5, 3, MasteryLabel.Shaky)]
    [InlineData(0.84, 10, MasteryLabel.Shaky)]
    [InlineData(0.85, 10, MasteryLabel.Secure)]
    [InlineData(1.0, 1, MasteryLabel.Secure)]
    public void LabelsFollowTheThresholds(double retrievability, int seen, MasteryLabel label) =>
        Assert.Equal(label, Mastery.Label(retrievability, seen));

    [Fact]
    public void OutOfRangeValuesAreClamped()
    {
        var report = Mastery.Compute([Card("a", "s"), Card("b", "s")], id => id == "a" ? 1.7 : double.NaN);

        Assert.Equal(0.5, report.Sections[0].Retrievability);
    }

    [Fact]
    public void OnTheDefaultDeckAFreshStudentHasStartedNothing()
    {
        var deck = CardDeck.Build(PackLoader.Default);

        var report = Mastery.Compute(deck, _ => null);

        Assert.Equal(11, report.Sections.Count);
        Assert.All(report.Sections.Concat(report.Themes), s => Assert.Equal((MasteryLabel.NotStarted, 0.0), (s.Label, s.Retrievability)));
        Assert.Equal(deck.Count(c => c.Section is not null), report.Sections.Sum(s => s.Total));
    }
}
