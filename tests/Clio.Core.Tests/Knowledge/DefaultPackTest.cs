using Clio.Knowledge;
using Clio.Packs;

namespace Clio.Tests.Knowledge;

/// <summary>The built-in pack loads cleanly and holds what the brief promises.</summary>
public class DefaultPackTest
{
    private static readonly KnowledgeBase Kb = PackLoader.Default;

    [Fact]
    public void TheEmbeddedPackLoadsWithNoDiagnosticAtAll()
    {
        var result = PackLoader.Load(EmbeddedPackSource.Default);

        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void TheEmbeddedPackIsTheSameAsTheFolderInTheRepository()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(root.FullName, "Clio.slnx")))
        {
            root = root.Parent!;
        }

        var folder = PackLoader.LoadDirectory(Path.Combine(root.FullName, "packs", "soviet-foreign-policy-1917-41"));

        Assert.Empty(folder.Diagnostics);
        Assert.Equal(Kb.All.Select(e => e.Id), folder.Knowledge!.All.Select(e => e.Id));
    }

    [Fact]
    public void ItHoldsAtLeast150EventsFrom1917To1941()
    {
        var inPeriod = Kb.Events.Count(e => e.Date.Year is >= 1917 and <= 1941);

        Assert.True(inPeriod >= 150, $"{inPeriod} events in 1917–41");
    }

    [Fact]
    public void ItHoldsAtLeast60ActorsWithPeopleStatesAndOrganisations()
    {
        Assert.True(Kb.Actors.Count >= 60);
        Assert.Contains(Kb.Actors, a => a.ActorKind == ActorKind.State);
        Assert.Contains(Kb.Actors, a => a.ActorKind == ActorKind.Organisation);
        Assert.True(Kb.Actors.Count(a => a.ActorKind == ActorKind.Person) >= 40);
    }

    [Fact]
    public void ItHoldsAtLeast15HistoriansAndSchools() =>
        Assert.True(Kb.Historians.Count >= 15);

    [Fact]
    public void ItHoldsAtLeast60Terms() =>
        Assert.True(Kb.Terms.Count >= 60);

    [Fact]
    public void ItHoldsAtLeast80AuthoredCardsCoveringEveryNotesSectionAndEveryKind()
    {
        Assert.True(Kb.AuthoredCards.Count >= 80, $"{Kb.AuthoredCards.Count} authored cards");
        Assert.All(Kb.Notes, n => Assert.True(Kb.AuthoredCards.Count(c => c.Section == n.Id) >= 5, n.Id));
        Assert.Equal(Enum.GetValues<AuthoredCardKind>().Order(), Kb.AuthoredCards.Select(c => c.Kind).Distinct().Order());
        Assert.All(Kb.AuthoredCards, c => Assert.NotEmpty(c.Entries));
    }

    [Fact]
    public void EveryNotesSectionHasALessonWithAnAnswerForEachSelfReviewQuestionAndPractice()
    {
        Assert.All(Kb.Notes, n =>
        {
            var lesson = Kb.LessonFor(n.Id);
            Assert.NotNull(lesson);
            Assert.Equal(n.SelfReviewQuestions.Count, lesson.SelfReview.Count);
            Assert.True(lesson.Practice.Count >= 2, n.Id);
        });
    }

    [Fact]
    public void ItHoldsAtLeastSixDecisionScenariosEachWithOneHistoricalOptionAndHistorians()
    {
        Assert.True(Kb.Scenarios.Count >= 6);
        Assert.All(Kb.Scenarios, s =>
        {
            Assert.Single(s.Options, o => o.Historical);
            Assert.NotEmpty(s.Debate);
            Assert.All(s.Debate, d => Assert.IsType<Historian>(Kb.Find(d.Historian)));
        });
    }

    [Fact]
    public void ItHoldsTheElevenStudyNoteSectionsInOrder()
    {
        Assert.True(Kb.Notes.Count >= 11);
        Assert.Equal(Kb.Notes.OrderBy(n => n.Order).Select(n => n.Id), Kb.Notes.Select(n => n.Id));
        Assert.All(Kb.Notes, n =>
        {
            Assert.NotEmpty(n.Events);
            Assert.True(n.SelfReviewQuestions.Count >= 3, n.Id);
            Assert.False(string.IsNullOrWhiteSpace(n.Section(NoteSection.HistoriographyHeading)), n.Id);
        });
    }

    [Fact]
    public void EveryEventHasASourceASummaryAndASignificance()
    {
        Assert.All(Kb.Events, e =>
        {
            Assert.NotEmpty(e.Sources);
            Assert.False(string.IsNullOrWhiteSpace(e.Summary), e.Id);
            Assert.False(string.IsNullOrWhiteSpace(e.Significance), e.Id);
            Assert.NotEmpty(e.Themes);
        });
    }

    [Fact]
    public void EveryThemeTheBriefNamesExistsAndHasEvents()
    {
        foreach (var theme in new[] { "security", "world-revolution", "comintern", "trade-economy", "collective-security", "territorial-expansion", "far-east", "ideology-vs-pragmatism", "germany", "britain", "france", "poland", "japan", "china" })
        {
            Assert.NotNull(Kb.FindTheme(theme));
            Assert.Contains(Kb.Events, e => e.Themes.Contains(theme));
        }
    }

    [Fact]
    public void ThePactIsKnownByEveryNameStudentsUse()
    {
        var aliases = Kb.Find<Event>("nazi-soviet-pact")!.Aliases;

        Assert.Contains(aliases, a => a.Contains("Molotov", StringComparison.Ordinal) && a.Contains("Ribbentrop", StringComparison.Ordinal));
        Assert.Contains(aliases, a => a.Contains("Non-Aggression", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void NoRussianEventAfterTheCalendarReformCarriesAJulianDay() =>
        Assert.All(Kb.Events.Where(e => e.Date.HasOldStyle), e => Assert.True(e.Date.Earliest < new DateOnly(1918, 2, 14), e.Id));
}
