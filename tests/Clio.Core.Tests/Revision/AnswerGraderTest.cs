using Clio.Dates;
using Clio.Knowledge;
using Clio.Packs;
using Clio.Revision;
using Clio.Scheduling;

namespace Clio.Tests.Revision;

/// <summary>Typed answers and their verdicts: a table of what students type, and what the grader must say.</summary>
public class AnswerGraderTest
{
    private static readonly KnowledgeBase Kb = PackLoader.Default;
    private static readonly AnswerGrader Grader = new(Kb);
    private static readonly IReadOnlyList<Card> Deck = CardDeck.Build(Kb);

    private static readonly Dictionary<string, Card> Cards = new()
    {
        ["pact-date"] = Card("gen.event-date.nazi-soviet-pact"),
        ["nep-month"] = Card("gen.event-date.new-economic-policy"),
        ["litvinov-term"] = Card("gen.office-term.litvinov.people-commissar-for-foreign-affairs"),
        ["rapallo-which"] = Card("gen.date-event.treaty-of-rapallo"),
        ["brest-which"] = Card("gen.date-event.treaty-of-brest-litovsk"),
        ["rapallo-parties"] = Card("gen.treaty-parties.treaty-of-rapallo"),
        ["term-collective"] = Card("gen.term-definition.collective-security"),
    };

    private static readonly Dictionary<string, QuizItem> Items = new()
    {
        ["office-1935"] = new OfficeHolderItem
        {
            Id = "test.office",
            Prompt = "Who was People's Commissar for Foreign Affairs in 1935?",
            Explanation = "Maxim Litvinov (1930–39).",
            Entries = ["litvinov"],
            Holder = "Maxim Litvinov",
            HolderId = "litvinov",
            Office = "People's Commissar for Foreign Affairs",
            Year = 1935,
        },
        ["year-1939"] = new DateItem
        {
            Id = "test.year",
            Prompt = "In which year was the Nazi–Soviet Pact signed?",
            Explanation = "On 23 August 1939.",
            Entries = ["nazi-soviet-pact"],
            Answer = HistoricalDate.FromYear(1939),
            Known = HistoricalDate.FromDay(1939, 8, 23),
        },
        ["month-1939"] = new DateItem
        {
            Id = "test.month",
            Prompt = "In which month and year was the Nazi–Soviet Pact signed?",
            Explanation = "On 23 August 1939.",
            Entries = ["nazi-soviet-pact"],
            Answer = HistoricalDate.FromMonth(1939, 8),
            Known = HistoricalDate.FromDay(1939, 8, 23),
        },
        ["mc"] = new MultipleChoiceItem
        {
            Id = "test.mc",
            Prompt = "Who was People's Commissar for Foreign Affairs in 1935?",
            Explanation = "Maxim Litvinov (1930–39).",
            Entries = ["litvinov"],
            Choices = ChoiceKind.Person,
            Options = ["Vyacheslav Molotov", "Maxim Litvinov", "Georgy Chicherin", "Leon Trotsky"],
            OptionIds = ["molotov", "litvinov", "chicherin", "trotsky"],
            AnswerIndex = 1,
        },
        ["mc-date"] = new MultipleChoiceItem
        {
            Id = "test.mc-date",
            Prompt = "In which year was the Nazi–Soviet Pact signed?",
            Explanation = "On 23 August 1939.",
            Entries = ["nazi-soviet-pact"],
            Choices = ChoiceKind.Date,
            Options = ["1937", "1939", "1938", "1941"],
            DateOptions = [HistoricalDate.FromYear(1937), HistoricalDate.FromYear(1939), HistoricalDate.FromYear(1938), HistoricalDate.FromYear(1941)],
            AnswerIndex = 1,
        },
        ["order"] = new OrderingItem
        {
            Id = "test.order",
            Prompt = "Put these events in order, earliest first.",
            Explanation = "Rapallo, Locarno, Munich, the Pact.",
            Entries = ["treaty-of-rapallo", "locarno-treaties", "munich-agreement", "nazi-soviet-pact"],
            Events = ["Locarno Treaties", "Nazi–Soviet Pact", "Treaty of Rapallo", "Munich Agreement"],
            Dates = [HistoricalDate.FromYear(1925), HistoricalDate.FromYear(1939), HistoricalDate.FromYear(1922), HistoricalDate.FromYear(1938)],
            Order = [2, 0, 3, 1],
        },
        ["match"] = new MatchingItem
        {
            Id = "test.match",
            Prompt = "Match each treaty to those who signed it.",
            Explanation = "Rapallo: Chicherin and Rathenau; …",
            Entries = ["treaty-of-rapallo", "treaty-of-berlin", "nazi-soviet-pact"],
            Left = ["Treaty of Rapallo", "Treaty of Berlin", "Nazi–Soviet Pact"],
            Right = ["Vyacheslav Molotov and Joachim von Ribbentrop", "Georgy Chicherin and Walther Rathenau", "Gustav Stresemann and Nikolai Krestinsky"],
            Pairs = [1, 2, 0],
        },
        ["tf-true"] = new TrueFalseItem
        {
            Id = "test.tf-true",
            Prompt = "True or false? The Treaty of Rapallo was signed on 16 April 1922.",
            Explanation = "True: 16 April 1922.",
            Entries = ["treaty-of-rapallo"],
            Statement = "The Treaty of Rapallo was signed on 16 April 1922.",
            IsTrue = true,
        },
        ["tf-false-date"] = new TrueFalseItem
        {
            Id = "test.tf-date",
            Prompt = "True or false? The Treaty of Rapallo was signed on 16 April 1923.",
            Explanation = "False: 16 April 1922.",
            Entries = ["treaty-of-rapallo"],
            Statement = "The Treaty of Rapallo was signed on 16 April 1923.",
            IsTrue = false,
            Correction = "16 April 1922",
            CorrectionDate = HistoricalDate.FromDay(1922, 4, 16),
        },
        ["tf-false-person"] = new TrueFalseItem
        {
            Id = "test.tf-person",
            Prompt = "True or false? Vyacheslav Molotov was People's Commissar for Foreign Affairs in 1935.",
            Explanation = "False: Maxim Litvinov.",
            Entries = ["litvinov", "molotov"],
            Statement = "Vyacheslav Molotov was People's Commissar for Foreign Affairs in 1935.",
            IsTrue = false,
            Correction = "Maxim Litvinov",
        },
    };

    private static Card Card(string id) => Deck.Single(c => c.Id == id);

    [Theory]
    // A date known to the day, asked to the day: every usual form, slips explained, coarser answers not enough.
    [InlineData("pact-date", "23 August 1939", 8, true, false, Rating.Good)]
    [InlineData("pact-date", "23 August 1939", 3, true, false, Rating.Easy)]
    [InlineData("pact-date", "23 August 1939", 30, true, false, Rating.Hard)]
    [InlineData("pact-date", "August 23, 1939", 8, true, false, Rating.Good)]
    [InlineData("pact-date", "23/8/1939", 8, true, false, Rating.Good)]
    [InlineData("pact-date", "23.08.1939", 8, true, false, Rating.Good)]
    [InlineData("pact-date", "8/23/1939", 8, true, false, Rating.Good)]
    [InlineData("pact-date", "1939-08-23", 8, true, false, Rating.Good)]
    [InlineData("pact-date", "23rd of August 1939", 8, true, false, Rating.Good)]
    [InlineData("pact-date", "24 August 1939", 8, false, true, Rating.Again)]
    [InlineData("pact-date", "23 August 1938", 8, false, true, Rating.Again)]
    [InlineData("pact-date", "2 August 1939", 8, false, true, Rating.Again)]
    [InlineData("pact-date", "August 1939", 8, false, true, Rating.Again)]
    [InlineData("pact-date", "1939", 8, false, true, Rating.Again)]
    [InlineData("pact-date", "1 September 1939", 8, false, false, Rating.Again)]
    [InlineData("pact-date", "", 8, false, false, Rating.Again)]
    [InlineData("pact-date", "the day Hitler and Stalin agreed", 8, false, false, Rating.Again)]
    // A date known to the month.
    [InlineData("nep-month", "March 1921", 6, true, false, Rating.Good)]
    [InlineData("nep-month", "Mar 1921", 6, true, false, Rating.Good)]
    [InlineData("nep-month", "3/1921", 6, true, false, Rating.Good)]
    [InlineData("nep-month", "15 March 1921", 6, true, false, Rating.Good)]
    [InlineData("nep-month", "March 1922", 6, false, true, Rating.Again)]
    [InlineData("nep-month", "April 1921", 6, false, true, Rating.Again)]
    [InlineData("nep-month", "1921", 6, false, true, Rating.Again)]
    [InlineData("nep-month", "June 1925", 6, false, false, Rating.Again)]
    // A term of office, in years.
    [InlineData("litvinov-term", "1930–39", 6, true, false, Rating.Good)]
    [InlineData("litvinov-term", "1930-1939", 6, true, false, Rating.Good)]
    [InlineData("litvinov-term", "1930 to 1939", 6, true, false, Rating.Good)]
    [InlineData("litvinov-term", "1930", 6, false, true, Rating.Again)]
    [InlineData("litvinov-term", "1931–39", 6, false, true, Rating.Again)]
    [InlineData("litvinov-term", "1918–30", 6, false, false, Rating.Again)]
    // An event's name: aliases, word order, case and punctuation; slips accepted as Hard; another real treaty never.
    [InlineData("rapallo-which", "Treaty of Rapallo", 6, true, false, Rating.Good)]
    [InlineData("rapallo-which", "the treaty of rapallo", 6, true, false, Rating.Good)]
    [InlineData("rapallo-which", "Rapallo", 3, true, false, Rating.Easy)]
    [InlineData("rapallo-which", "Rapallo Treaty", 6, true, false, Rating.Good)]
    [InlineData("rapallo-which", "Treaty of Rapalo", 6, true, true, Rating.Hard)]
    [InlineData("rapallo-which", "Treaty of Riga", 6, false, false, Rating.Again)]
    [InlineData("rapallo-which", "Treaty of Berlin", 6, false, false, Rating.Again)]
    [InlineData("brest-which", "Brest-Litovsk", 8, true, false, Rating.Good)]
    [InlineData("brest-which", "Treaty of Brest Litovsk", 8, true, false, Rating.Good)]
    [InlineData("brest-which", "Brest-Litvosk", 6, true, true, Rating.Hard)]
    [InlineData("brest-which", "Treaty of Brest-Litvosk", 6, true, true, Rating.Hard)]
    [InlineData("brest-which", "Treaty of Brest-Litovsk with Ukraine", 6, false, false, Rating.Again)]
    // Every party of a treaty, in any order.
    [InlineData("rapallo-parties", "Chicherin and Rathenau", 10, true, false, Rating.Good)]
    [InlineData("rapallo-parties", "Rathenau, Chicherin", 5, true, false, Rating.Easy)]
    [InlineData("rapallo-parties", "Georgy Chicherin & Walther Rathenau", 10, true, false, Rating.Good)]
    [InlineData("rapallo-parties", "Chicherin and Ratenau", 10, true, true, Rating.Hard)]
    [InlineData("rapallo-parties", "Chicherin", 10, false, true, Rating.Again)]
    [InlineData("rapallo-parties", "Chicherin and Stresemann", 10, false, true, Rating.Again)]
    [InlineData("rapallo-parties", "Stresemann and Wirth", 10, false, false, Rating.Again)]
    // A term.
    [InlineData("term-collective", "collective security", 6, true, false, Rating.Good)]
    [InlineData("term-collective", "Collective Security!", 6, true, false, Rating.Good)]
    [InlineData("term-collective", "colective security", 6, true, true, Rating.Hard)]
    [InlineData("term-collective", "appeasement", 6, false, false, Rating.Again)]
    public void CardAnswersAreGraded(string card, string typed, double seconds, bool correct, bool nearMiss, Rating rating)
    {
        var result = Grader.Grade(Cards[card], typed, TimeSpan.FromSeconds(seconds));

        Assert.Equal((correct, nearMiss, rating), (result.Correct, result.NearMiss, result.Rating));
        Assert.False(string.IsNullOrWhiteSpace(result.Explanation));
    }

    [Theory]
    // A name: surname, full name, alias, a slip; never another commissar however close in time.
    [InlineData("office-1935", "Litvinov", 3, true, false, Rating.Easy)]
    [InlineData("office-1935", "Maxim Litvinov", 6, true, false, Rating.Good)]
    [InlineData("office-1935", "litvinoff", 6, true, false, Rating.Good)]
    [InlineData("office-1935", "  LITVINOV.  ", 6, true, false, Rating.Good)]
    [InlineData("office-1935", "Litvinof", 6, true, true, Rating.Hard)]
    [InlineData("office-1935", "Litvinov", 20, true, false, Rating.Hard)]
    [InlineData("office-1935", "Molotov", 3, false, false, Rating.Again)]
    [InlineData("office-1935", "Chicherin", 3, false, false, Rating.Again)]
    // A date asked to the year accepts finer answers in that year; asked to the month needs the month.
    [InlineData("year-1939", "1939", 2, true, false, Rating.Easy)]
    [InlineData("year-1939", "August 1939", 6, true, false, Rating.Good)]
    [InlineData("year-1939", "23 August 1939", 6, true, false, Rating.Good)]
    [InlineData("year-1939", "1938", 6, false, true, Rating.Again)]
    [InlineData("year-1939", "1935", 6, false, false, Rating.Again)]
    [InlineData("year-1939", "the 1930s", 6, false, true, Rating.Again)]
    [InlineData("month-1939", "Aug 1939", 6, true, false, Rating.Good)]
    [InlineData("month-1939", "August 1939", 6, true, false, Rating.Good)]
    [InlineData("month-1939", "1939", 6, false, true, Rating.Again)]
    [InlineData("month-1939", "September 1939", 6, false, true, Rating.Again)]
    // An option by letter, number or name.
    [InlineData("mc", "B", 2, true, false, Rating.Easy)]
    [InlineData("mc", "b)", 2, true, false, Rating.Easy)]
    [InlineData("mc", "2", 2, true, false, Rating.Easy)]
    [InlineData("mc", "Litvinov", 6, true, false, Rating.Good)]
    [InlineData("mc", "Maxim Litvinov", 20, true, false, Rating.Hard)]
    [InlineData("mc", "A", 2, false, false, Rating.Again)]
    [InlineData("mc", "Molotov", 2, false, false, Rating.Again)]
    [InlineData("mc", "E", 2, false, false, Rating.Again)]
    [InlineData("mc", "Stalin", 2, false, false, Rating.Again)]
    [InlineData("mc-date", "1939", 3, true, false, Rating.Easy)]
    [InlineData("mc-date", "B", 3, true, false, Rating.Easy)]
    [InlineData("mc-date", "1938", 3, false, false, Rating.Again)]
    // Letters in order; one pair swapped is a near miss.
    [InlineData("order", "CADB", 10, true, false, Rating.Easy)]
    [InlineData("order", "c, a, d, b", 15, true, false, Rating.Good)]
    [InlineData("order", "3 1 4 2", 15, true, false, Rating.Good)]
    [InlineData("order", "CADB", 40, true, false, Rating.Hard)]
    [InlineData("order", "ACDB", 15, false, true, Rating.Again)]
    [InlineData("order", "BDAC", 15, false, false, Rating.Again)]
    [InlineData("order", "CAD", 15, false, false, Rating.Again)]
    // Matching by letters in the treaties' order, or numbered pairs.
    [InlineData("match", "BCA", 8, true, false, Rating.Easy)]
    [InlineData("match", "1B 2C 3A", 15, true, false, Rating.Good)]
    [InlineData("match", "1-B, 2-C, 3-A", 15, true, false, Rating.Good)]
    [InlineData("match", "CBA", 15, false, true, Rating.Again)]
    [InlineData("match", "ABC", 15, false, false, Rating.Again)]
    [InlineData("match", "BC", 15, false, false, Rating.Again)]
    // True or false, with the correction for a false statement.
    [InlineData("tf-true", "true", 2, true, false, Rating.Easy)]
    [InlineData("tf-true", "T", 2, true, false, Rating.Easy)]
    [InlineData("tf-true", "yes", 8, true, false, Rating.Good)]
    [InlineData("tf-true", "false", 2, false, false, Rating.Again)]
    [InlineData("tf-true", "maybe", 2, false, false, Rating.Again)]
    [InlineData("tf-false-date", "false, 16 April 1922", 8, true, false, Rating.Good)]
    [InlineData("tf-false-date", "False: it was 16/4/1922", 8, true, false, Rating.Good)]
    [InlineData("tf-false-date", "false", 3, true, true, Rating.Hard)]
    [InlineData("tf-false-date", "false, 1921", 8, false, true, Rating.Again)]
    [InlineData("tf-false-date", "true", 3, false, false, Rating.Again)]
    [InlineData("tf-false-person", "false, Litvinov", 6, true, false, Rating.Good)]
    [InlineData("tf-false-person", "False - it was Litvinov", 6, true, false, Rating.Good)]
    [InlineData("tf-false-person", "no, Chicherin", 6, false, true, Rating.Again)]
    public void QuizAnswersAreGraded(string item, string typed, double seconds, bool correct, bool nearMiss, Rating rating)
    {
        var result = Grader.Grade(Items[item], typed, TimeSpan.FromSeconds(seconds));

        Assert.Equal((correct, nearMiss, rating), (result.Correct, result.NearMiss, result.Rating));
        Assert.False(string.IsNullOrWhiteSpace(result.Explanation));
    }

    [Theory]
    [InlineData("pact-date", "24 August 1939", "one day out")]
    [InlineData("pact-date", "23 August 1938", "right day and month, wrong year")]
    [InlineData("pact-date", "August 1939", "the question asks for the day: 23 August 1939")]
    [InlineData("nep-month", "March 1922", "right month, wrong year")]
    [InlineData("nep-month", "April 1921", "one month out")]
    [InlineData("brest-which", "Brest-Litvosk", "check the spelling: Brest-Litovsk")]
    [InlineData("rapallo-which", "Treaty of Riga", "'Treaty of Riga' is Treaty of Riga, not the answer")]
    [InlineData("rapallo-parties", "Chicherin", "missing Walther Rathenau")]
    [InlineData("litvinov-term", "1930", "it lasted 1930–39")]
    public void NearMissesAreExplained(string card, string typed, string explanation)
    {
        var result = Grader.Grade(Cards[card], typed, TimeSpan.FromSeconds(6));

        Assert.Contains(explanation, result.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void ADifferentPersonIsNeverASpellingSlip()
    {
        // Every other Soviet foreign commissar, typed for Litvinov, is wrong however the grader folds it.
        foreach (var other in new[] { "Molotov", "Chicherin", "Trotsky", "Krestinsky", "Karakhan" })
        {
            var result = Grader.Grade(Items["office-1935"], other, TimeSpan.FromSeconds(3));
            Assert.False(result.Correct, other);
        }
    }

    [Fact]
    public void TheGraderNeverThrowsOnWhatAStudentTypes()
    {
        // Random strings from the characters answers are made of, including impossible dates and stray letters.
        const string alphabet = "0123456789/.-–, abcdefxyzABCDEF:()'\u00e9\u0142";
        var random = new Random(2024);
        var subjects = Cards.Values.Cast<object>().Concat(Items.Values).ToList();
        var typed = new List<string> { "0/0/0000", "31/2/1939", "1/0000", "99/99/99", "1939–1930", "c. 1939", "the 0s", new string('9', 500) };
        typed.AddRange(Enumerable.Range(0, 400).Select(_ => new string([.. Enumerable.Range(0, random.Next(0, 24)).Select(_ => alphabet[random.Next(alphabet.Length)])])));

        foreach (var text in typed)
        {
            foreach (var subject in subjects)
            {
                var result = subject is Card card ? Grader.Grade(card, text, TimeSpan.FromSeconds(5)) : Grader.Grade((QuizItem)subject, text, TimeSpan.FromSeconds(5));
                Assert.False(string.IsNullOrWhiteSpace(result.Explanation));
            }
        }
    }

    [Fact]
    public void AnOpenCardCannotBeGraded()
    {
        var open = Card("gen.treaty-terms.nazi-soviet-pact");

        Assert.False(AnswerGrader.CanGrade(open));
        Assert.True(AnswerGrader.CanGrade(Cards["pact-date"]));
        Assert.Throws<ArgumentException>(() => Grader.Grade(open, "a pact", TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public void EveryGradableCardAcceptsItsOwnAnswer()
    {
        var offenders = Deck
            .Where(AnswerGrader.CanGrade)
            .Select(c => (Card: c, Result: Grader.Grade(c, c.AnswerKind == AnswerKind.AllOf ? string.Join(", ", c.Answers) : c.Answers[0], TimeSpan.FromSeconds(5))))
            .Where(p => !p.Result.Correct || p.Result.NearMiss)
            .Select(p => $"{p.Card.Id}: {p.Result.Explanation}")
            .ToList();

        Assert.True(offenders.Count == 0, string.Join("\n", offenders));
    }

    [Fact]
    public void EveryGeneratedQuestionAcceptsItsOwnAnswer()
    {
        var quiz = new QuizGenerator(Kb).Generate(new QuizRequest { Count = 300 }, new Random(11));
        foreach (var item in quiz)
        {
            var answer = item switch
            {
                MultipleChoiceItem m => m.Answer,
                DateItem d => d.Answer.ToString(),
                OfficeHolderItem o => o.Holder,
                OrderingItem o => string.Concat(o.Order.Select(i => (char)('A' + i))),
                MatchingItem m => string.Concat(m.Pairs.Select(i => (char)('A' + i))),
                TrueFalseItem { IsTrue: true } => "true",
                TrueFalseItem t => "false, " + t.Correction,
                _ => throw new InvalidOperationException(),
            };

            var result = Grader.Grade(item, answer, TimeSpan.FromSeconds(4));

            Assert.True(result.Correct && !result.NearMiss, $"{item.Id}: '{answer}' → {result.Explanation}");
        }
    }
}
