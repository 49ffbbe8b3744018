using Clio.Dates;
using Clio.Knowledge;
using Clio.Packs;
using Clio.Revision;

namespace Clio.Tests.Revision;

/// <summary>Quizzes from the default pack: deterministic, varied, and fair in their options.</summary>
public class QuizGeneratorTest
{
    private static readonly KnowledgeBase Kb = PackLoader.Default;
    private static readonly QuizGenerator Generator = new(Kb);
    private static readonly HistoricalDate Period = HistoricalDate.Parse(Kb.Pack.Period).Value;

    // A large sample of questions of every kind, from several seeds.
    private static readonly List<QuizItem> Sample =
        [.. Enumerable.Range(1, 6).SelectMany(seed => Generator.Generate(new QuizRequest { Count = 120 }, new Random(seed)))];

    private static string Describe(QuizItem item) => item switch
    {
        MultipleChoiceItem m => $"{m.Id}|{m.Prompt}|{string.Join("/", m.Options)}|{m.AnswerIndex}",
        OrderingItem o => $"{o.Id}|{string.Join("/", o.Events)}|{string.Join(",", o.Order)}",
        MatchingItem m => $"{m.Id}|{string.Join("/", m.Right)}|{string.Join(",", m.Pairs)}",
        TrueFalseItem t => $"{t.Id}|{t.Statement}|{t.IsTrue}",
        _ => $"{item.Id}|{item.Prompt}",
    };

    [Fact]
    public void TheSameSeedGivesTheSameQuiz()
    {
        var first = Generator.Generate(new QuizRequest { Count = 40 }, new Random(7)).Select(Describe);
        var second = new QuizGenerator(PackLoader.Load(EmbeddedPackSource.Default).Knowledge!).Generate(new QuizRequest { Count = 40 }, new Random(7)).Select(Describe);

        Assert.Equal(first, second);
    }

    [Fact]
    public void DifferentSeedsGiveDifferentQuizzes()
    {
        var first = Generator.Generate(new QuizRequest { Count = 20 }, new Random(1)).Select(Describe);
        var second = Generator.Generate(new QuizRequest { Count = 20 }, new Random(2)).Select(Describe);

        Assert.NotEqual(first, second);
    }

    [Fact]
    public void AQuizHasTheCountAskedForAndEveryKindTakesTurns()
    {
        var quiz = Generator.Generate(new QuizRequest { Count = 30 }, new Random(3));

        Assert.Equal(30, quiz.Count);
        Assert.Equal(Enum.GetValues<QuizItemKind>().Order(), quiz.Select(i => i.Kind).Distinct().Order());
        Assert.Equal(quiz.Count, quiz.Select(i => i.Id).Distinct().Count());
    }

    [Fact]
    public void NoEntryIsTheSubjectOfTwoQuestionsInOneQuiz()
    {
        var quiz = Generator.Generate(new QuizRequest { Count = 60, Kinds = [QuizItemKind.MultipleChoice, QuizItemKind.TypeDate, QuizItemKind.TrueFalse] }, new Random(4));

        Assert.Equal(quiz.Count, quiz.Select(i => i.Entries[0]).Distinct().Count());
    }

    [Fact]
    public void EveryQuestionLinksToEntriesThatExist()
    {
        Assert.All(Sample, item =>
        {
            Assert.NotEmpty(item.Entries);
            Assert.All(item.Entries, id => Assert.NotNull(Kb.Find(id)));
            Assert.False(string.IsNullOrWhiteSpace(item.Explanation));
        });
    }

    [Fact]
    public void DateOptionsAreDistinctAtTheAnswersPrecisionInsideThePeriodAndWithinFiveYears()
    {
        var items = Sample.OfType<MultipleChoiceItem>().Where(m => m.Choices == ChoiceKind.Date).ToList();

        Assert.True(items.Count > 20);
        Assert.All(items, item =>
        {
            var answer = item.DateOptions[item.AnswerIndex];
            Assert.Equal(4, item.DateOptions.Count);
            Assert.Equal(4, item.Options.Distinct().Count());
            Assert.All(item.DateOptions, o =>
            {
                Assert.Equal(answer.Precision, o.Precision);
                Assert.True(Period.Contains(o), $"{item.Id}: {o} is outside {Period}");
                Assert.InRange(o.Year, answer.Year - 5, answer.Year + 5);
                Assert.Equal(o.ToString(), item.Options[item.DateOptions.ToList().IndexOf(o)]);
            });
        });
    }

    [Fact]
    public void EventOptionsAreDistinctEventsOfTheSameTypeThatCannotAlsoBeRight()
    {
        var items = Sample.OfType<MultipleChoiceItem>().Where(m => m.Choices == ChoiceKind.Event).ToList();

        Assert.True(items.Count > 10);
        Assert.All(items, item =>
        {
            var answer = Kb.Find<Event>(item.OptionIds[item.AnswerIndex])!;
            Assert.Equal(4, item.Options.Distinct(StringComparer.OrdinalIgnoreCase).Count());
            Assert.All(item.OptionIds.Where(id => id != answer.Id).Select(id => Kb.Find<Event>(id)!), o =>
            {
                Assert.Equal(answer.Type, o.Type);
                Assert.False(o.Date.Overlaps(answer.Date), $"{item.Id}: {o.Id} happened at the same time");
                Assert.InRange(o.Date.Year, answer.Date.Year - 5, answer.Date.Year + 5);
            });
        });
    }

    [Fact]
    public void PersonOptionsAreDistinctPeopleAndOnlyTheAnswerHeldTheOffice()
    {
        var items = Sample.OfType<MultipleChoiceItem>().Where(m => m.Choices == ChoiceKind.Person).ToList();

        Assert.True(items.Count > 10);
        Assert.All(items, item =>
        {
            Assert.Equal(4, item.Options.Distinct().Count());
            var people = item.OptionIds.Select(id => Kb.Find<Actor>(id)!).ToList();
            Assert.All(people, p => Assert.Equal(ActorKind.Person, p.ActorKind));
            var year = int.Parse(item.Id.Split('.')[^1], System.Globalization.CultureInfo.InvariantCulture);
            var holder = people[item.AnswerIndex];
            var office = holder.Roles.First(r => item.Id.Split('.')[3] == Slug(r.Office)).Office;
            Assert.All(people.Where(p => p != holder), p =>
                Assert.DoesNotContain(p.Roles, r => r.Office == office && r.MayOverlap(HistoricalDate.FromYear(year))));
        });
    }

    [Fact]
    public void HistorianOptionsAreHistorians()
    {
        var items = Sample.OfType<MultipleChoiceItem>().Where(m => m.Choices == ChoiceKind.Historian).ToList();

        Assert.NotEmpty(items);
        Assert.All(items, item => Assert.All(item.OptionIds, id => Assert.Equal(HistorianKind.Historian, Kb.Find<Historian>(id)!.HistorianKind)));
    }

    [Fact]
    public void OrderingQuestionsHaveFourToSixEventsWhoseOrderIsPlain()
    {
        var items = Sample.OfType<OrderingItem>().ToList();

        Assert.True(items.Count > 20);
        Assert.All(items, item =>
        {
            Assert.InRange(item.Events.Count, 4, 6);
            Assert.Equal(Enumerable.Range(0, item.Events.Count), item.Order.Order());
            var dates = item.Order.Select(i => item.Dates[i]).ToList();
            for (var i = 1; i < dates.Count; i++)
            {
                Assert.True(dates[i - 1].Latest < dates[i].Earliest, $"{item.Id}: {dates[i - 1]} and {dates[i]} cannot be told apart");
                Assert.NotEqual(dates[i - 1].ToString(), dates[i].ToString());
            }
        });
    }

    [Fact]
    public void AnOfficeHolderQuestionHasExactlyOneHolderThatYear()
    {
        var items = Sample.OfType<OfficeHolderItem>().ToList();

        Assert.True(items.Count > 20);
        Assert.All(items, item =>
        {
            var year = HistoricalDate.FromYear(item.Year);
            Assert.True(Period.Contains(year));
            var holder = Kb.Find<Actor>(item.HolderId)!;
            var role = holder.Roles.Where(r => r.CoversWholly(year) && item.Prompt.Contains(r.Office, StringComparison.Ordinal)).OrderByDescending(r => r.Office.Length).First();
            var holders = Kb.Actors.Where(a => a.Roles.Any(r => r.Office == role.Office && r.Of == role.Of && r.MayOverlap(year))).ToList();
            Assert.Equal([holder], holders);
            Assert.EndsWith($" in {item.Year}?", item.Prompt, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void AFalseStatementCarriesItsCorrectionAndATrueOneNone()
    {
        var items = Sample.OfType<TrueFalseItem>().ToList();

        Assert.Contains(items, i => i.IsTrue);
        Assert.Contains(items, i => !i.IsTrue);
        Assert.All(items, item =>
        {
            Assert.Equal(item.IsTrue, item.Correction is null);
            Assert.StartsWith("True or false? " + item.Statement, item.Prompt, StringComparison.Ordinal);
            if (item.CorrectionDate is { } date)
            {
                Assert.DoesNotContain(date.ToString(), item.Statement, StringComparison.Ordinal);
            }
        });
    }

    [Fact]
    public void MatchingQuestionsPairEachTreatyWithDistinctSignatories()
    {
        var items = Sample.OfType<MatchingItem>().ToList();

        Assert.True(items.Count > 5);
        Assert.All(items, item =>
        {
            Assert.InRange(item.Left.Count, 3, 4);
            Assert.Equal(item.Left.Count, item.Right.Distinct().Count());
            Assert.Equal(Enumerable.Range(0, item.Right.Count), item.Pairs.Order());
        });
    }

    [Fact]
    public void ASectionFilterKeepsToTheSectionsEntries()
    {
        var note = Kb.Find<NoteSection>("pact-and-expansion-1939-41")!;

        var quiz = Generator.Generate(new QuizRequest { Count = 25, Section = note.Id }, new Random(5));

        Assert.True(quiz.Count >= 15, $"{quiz.Count} questions");
        Assert.All(quiz, item => Assert.Contains(item.Entries, id => note.Events.Contains(id) || note.Links.Contains(id) || Kb.Historians.Any(h => h.Id == id && h.Works.Any(note.Links.Contains))));
    }

    [Fact]
    public void AThemeFilterKeepsToTheThemesEntries()
    {
        var quiz = Generator.Generate(new QuizRequest { Count = 20, Theme = "far-east" }, new Random(6));

        Assert.NotEmpty(quiz);
        Assert.All(quiz, item => Assert.Contains("far-east", item.Themes));
    }

    [Fact]
    public void AKindsFilterGivesOnlyThoseKinds()
    {
        var quiz = Generator.Generate(new QuizRequest { Count = 12, Kinds = [QuizItemKind.Ordering, QuizItemKind.Matching] }, new Random(8));

        Assert.Equal(12, quiz.Count);
        Assert.All(quiz, item => Assert.Contains(item.Kind, new[] { QuizItemKind.Ordering, QuizItemKind.Matching }));
    }

    [Fact]
    public void AnUnknownSectionMatchesNothing() =>
        Assert.Empty(Generator.Generate(new QuizRequest { Section = "no-such-section" }, new Random(1)));

    private static string Slug(string office) => string.Join('-', Clio.Text.TextFolding.Tokenize(office).Select(t => t.Token));
}
