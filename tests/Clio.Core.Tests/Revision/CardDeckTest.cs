using System.Text.RegularExpressions;
using Clio.Dates;
using Clio.Knowledge;
using Clio.Packs;
using Clio.Revision;
using Clio.Tests.Packs;
using Clio.Text;

namespace Clio.Tests.Revision;

/// <summary>The deck generated from the default pack, and authored cards from a small pack.</summary>
public partial class CardDeckTest
{
    private static readonly KnowledgeBase Kb = PackLoader.Default;
    private static readonly IReadOnlyList<Card> Deck = CardDeck.Build(Kb);

    // Words a front may share with its answer without giving it away.
    private static readonly HashSet<string> Generic =
    [
        "the", "a", "an", "of", "and", "in", "on", "to", "for", "with", "from", "at", "by", "treaty", "pact", "agreement",
        "conference", "congress", "battle", "war", "soviet", "ussr", "s", "declaration", "convention", "protocol", "plan",
    ];

    public static TheoryData<CardKind> GeneratedKinds() =>
        [.. Enum.GetValues<CardKind>().Where(k => k >= CardKind.EventDate)];

    [Theory]
    [MemberData(nameof(GeneratedKinds))]
    public void TheDefaultPackGivesCardsOfEveryGeneratedKind(CardKind kind)
    {
        var count = Deck.Count(c => c.Kind == kind);

        Assert.True(count > 0, $"no {kind} cards");
        Assert.All(Deck.Where(c => c.Kind == kind), c => Assert.False(c.Authored));
    }

    [Fact]
    public void TheDeckIsLargeAndEveryIdIsUnique()
    {
        Assert.True(Deck.Count > 800, $"{Deck.Count} cards");
        var duplicates = Deck.GroupBy(c => c.Id).Where(g => g.Count() > 1).Select(g => g.Key).ToList();

        Assert.Empty(duplicates);
    }

    [Fact]
    public void NoTwoCardsAskTheSameQuestion()
    {
        var duplicates = Deck.GroupBy(c => TextFolding.Normalize(c.Front)).Where(g => g.Count() > 1).Select(g => g.Key).ToList();

        Assert.Empty(duplicates);
    }

    [Fact]
    public void NoCardRevealsItsAnswer()
    {
        var offenders = Deck.Where(Reveals).Select(c => $"{c.Id}: {c.Front} / {string.Join(" | ", c.Answers)}").ToList();

        Assert.True(offenders.Count == 0, string.Join("\n", offenders));
    }

    [Fact]
    public void ADefinitionNeverNamesItsTermOrAnyAlias()
    {
        foreach (var card in Deck.Where(c => c.Kind == CardKind.TermDefinition))
        {
            var term = Kb.Find<Term>(card.Entries[0])!;
            var front = " " + TextFolding.Normalize(card.Front) + " ";
            foreach (var name in new[] { term.Title }.Concat(term.Aliases))
            {
                var folded = TextFolding.Normalize(Parenthesis().Replace(name, string.Empty));
                Assert.False(folded.Length > 2 && front.Contains($" {folded} ", StringComparison.Ordinal), $"{card.Id} names '{name}': {card.Front}");
            }
        }
    }

    [Fact]
    public void EveryCardLinksOnlyToEntriesThatExist()
    {
        Assert.All(Deck, card =>
        {
            Assert.NotEmpty(card.Entries);
            Assert.All(card.Entries, id => Assert.NotNull(Kb.Find(id)));
            Assert.All(card.Themes, id => Assert.NotNull(Kb.FindTheme(id)));
            if (card.Section is { } section)
            {
                Assert.NotNull(Kb.Find<NoteSection>(section));
            }
        });
    }

    [Fact]
    public void AnEventsCardBelongsToTheNotesSectionThatListsTheEvent()
    {
        var eventCards = Deck.Where(c => c.Kind is CardKind.EventDate or CardKind.DateEvent or CardKind.TreatyParties or CardKind.TreatyTerms).ToList();

        Assert.All(eventCards, c => Assert.Equal((Kb.NotesOn(c.Entries[0]) is { Count: > 0 } notes ? notes[0].Id : null), c.Section));
        Assert.True(eventCards.Count(c => c.Section is not null) > eventCards.Count / 3);
    }

    [Fact]
    public void EveryFrontIsAQuestionOrAPrompt()
    {
        Assert.All(Deck, c => Assert.Matches(@"(\?$)|(^(Name|Define|Explain|Outline|Distinguish|Describe|Compare|Give|State|Identify|List|Summarise|Assess) .*\.$)", c.Front));
    }

    [Fact]
    public void DateCardsAskForADateInsideThePacksPeriodAtThePrecisionTheirFrontNames()
    {
        var period = HistoricalDate.Parse(Kb.Pack.Period).Value;
        foreach (var card in Deck.Where(c => c.Kind == CardKind.EventDate))
        {
            var date = card.DateAnswer!.Value;
            Assert.True(period.Contains(date), $"{card.Id}: {date}");
            var lead = date.Precision switch
            {
                DatePrecision.Day => "On what day ",
                DatePrecision.Month => "In which month and year ",
                _ => "In which year ",
            };
            Assert.StartsWith(lead, card.Front, StringComparison.Ordinal);
            Assert.Equal(date.ToString(), Assert.Single(card.Answers));
        }
    }

    [Theory]
    [InlineData("gen.event-date.treaty-of-rapallo", "On what day was the Treaty of Rapallo signed?", "16 April 1922")]
    [InlineData("gen.event-date.death-of-lenin", "On what day did Lenin die?", "21 January 1924")]
    [InlineData("gen.event-date.hitler-chancellor", "On what day did Hitler become Chancellor of Germany?", "30 January 1933")]
    [InlineData("gen.event-date.spanish-civil-war", "In which month and year did the Spanish Civil War begin?", "July 1936")]
    [InlineData("gen.event-date.new-economic-policy", "In which month and year was the New Economic Policy introduced?", "March 1921")]
    [InlineData("gen.event-date.publication-of-secret-treaties", "On what day were the secret treaties published?", "23 November 1917")]
    [InlineData("gen.event-date.litvinov-appointed", "On what day was Litvinov appointed Foreign Commissar?", "21 July 1930")]
    [InlineData("gen.event-date.munich-agreement", "In which month and year was the Munich Agreement signed?", "September 1938")]
    [InlineData("gen.date-event.treaty-of-rapallo", "Which treaty was signed on 16 April 1922?", "Treaty of Rapallo")]
    [InlineData("gen.date-event.spanish-civil-war", "Which war began on 17 July 1936?", "Spanish Civil War")]
    [InlineData("gen.person-office.litvinov.people-commissar-for-foreign-affairs.1930-07-21", "What office did Maxim Litvinov take up on 21 July 1930?", "People's Commissar for Foreign Affairs")]
    [InlineData("gen.office-term.litvinov.people-commissar-for-foreign-affairs", "In which years was Maxim Litvinov People's Commissar for Foreign Affairs?", "1930–39")]
    [InlineData("gen.treaty-parties.treaty-of-rapallo", "Who signed the Treaty of Rapallo?", "Georgy Chicherin|Walther Rathenau")]
    [InlineData("gen.treaty-parties.soviet-finnish-non-aggression-pact", "Who signed the Soviet–Finnish Non-Aggression Pact for the USSR?", "Ivan Maisky")]
    [InlineData("gen.treaty-terms.nazi-soviet-pact", "What were the main terms of the Nazi–Soviet Pact?", "")]
    [InlineData("gen.term-definition.collective-security", "Which term means: A system in which states agree to act together, through the League of Nations or by treaty, against any aggressor?", "collective security")]
    [InlineData("gen.historian-argument.haslam", "What does Jonathan Haslam argue?", "")]
    [InlineData("gen.historian-claim.haslam.1", "Which historian argues that collective security was a genuine strategy for containing Germany, not a screen for a deal with Hitler?", "Jonathan Haslam")]
    [InlineData("gen.cause-consequence.treaty-of-rapallo", "What did the Treaty of Rapallo lead to?", "Treaty of Berlin")]
    public void GeneratedCardsReadNaturally(string id, string front, string answers)
    {
        var card = Deck.Single(c => c.Id == id);

        Assert.Equal(front, card.Front);
        Assert.Equal(answers.Length == 0 ? [] : answers.Split('|'), card.Answers);
    }

    [Theory]
    [InlineData("gen.event-date.sino-soviet-treaty-1924")]
    [InlineData("gen.event-date.tass-communique")]
    [InlineData("gen.date-event.nazi-soviet-pact")]
    [InlineData("gen.date-event.secret-protocol")]
    [InlineData("gen.event-date.zhukov-pre-emptive-strike-plan")]
    [InlineData("gen.event-date.yalta-conference")]
    public void EntriesThatWouldMakeABadCardGetNone(string id)
    {
        // A title that gives the date away, a day two treaties share, an approximate date, a date outside the period.
        Assert.DoesNotContain(Deck, c => c.Id == id);
    }

    [Fact]
    public void TheDeckIsTheSameEveryTime()
    {
        var again = CardDeck.Build(PackLoader.Load(EmbeddedPackSource.Default).Knowledge!);

        Assert.Equal(Deck.Select(c => (c.Id, c.Front, c.Back)), again.Select(c => (c.Id, c.Front, c.Back)));
    }

    [Fact]
    public void AuthoredCardsComeFirstAsWritten()
    {
        var kb = MiniPack.Load(PackLoaderRevisionTest.Files()).Knowledge!;

        var deck = CardDeck.Build(kb);

        var first = deck[0];
        Assert.Equal("card-league-date", first.Id);
        Assert.True(first.Authored);
        Assert.Equal(CardKind.Fact, first.Kind);
        Assert.Equal(AnswerKind.Text, first.AnswerKind);
        Assert.Equal("collective-security-notes", first.Section);
        Assert.Equal(["collective-security"], first.Themes);

        var second = deck[1];
        Assert.Equal(CardKind.Concept, second.Kind);
        Assert.Equal("collective-security-notes", second.Section);
        Assert.Equal(["collective-security"], second.Themes);
        Assert.All(deck.Skip(2), c => Assert.False(c.Authored));
    }

    [Fact]
    public void ASmallPackGetsGeneratedCardsToo()
    {
        var kb = MiniPack.Load(MiniPack.Files()).Knowledge!;

        var deck = CardDeck.Build(kb);

        Assert.Contains(deck, c => c.Id == "gen.event-date.league-entry" && c.Front == "On what day did the USSR join the League of Nations?");
        Assert.Contains(deck, c => c.Id == "gen.term-definition.collective-security");
        Assert.Contains(deck, c => c.Kind == CardKind.PersonOffice && c.Entries[0] == "litvinov");
    }

    /// <summary>An independent check: a date's year or month, a name's surname, or every key word of an answer, in the front.</summary>
    private static bool Reveals(Card card)
    {
        var front = TextFolding.Tokenize(card.Front).Select(t => Stemmer.Stem(t.Token)).ToHashSet();
        if (card.DateAnswer is { } date)
        {
            var years = new[] { date.Start.Year, date.End.Year }.Select(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture));
            var month = date.Precision >= DatePrecision.Month ? date.ToString().Split(' ')[^2].ToLowerInvariant() : null;
            return years.Any(front.Contains) || (month is not null && front.Contains(month));
        }

        foreach (var answer in card.Answers)
        {
            var keys = TextFolding.Tokenize(Parenthesis().Replace(answer, string.Empty)).Select(t => Stemmer.Stem(t.Token)).Where(t => !Generic.Contains(t)).ToList();
            if (keys.Count > 0 && keys.All(front.Contains))
            {
                return true;
            }

            if (Kb.All.FirstOrDefault(e => e.Title == answer) is Actor { ActorKind: ActorKind.Person } person && front.Contains(Stemmer.Stem(TextFolding.Tokenize(person.Title)[^1].Token)))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"\s*\([^)]*\)")]
    private static partial Regex Parenthesis();
}
