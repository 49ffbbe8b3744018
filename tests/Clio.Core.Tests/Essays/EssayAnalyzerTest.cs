using Clio.Essays;
using Clio.Knowledge;
using Clio.Packs;
using Xunit.Abstractions;

namespace Clio.Tests.Essays;

/// <summary>The analyser's marks: calibration against labelled essays, monotonicity, and resistance to padding.</summary>
public class EssayAnalyzerTest(ITestOutputHelper output)
{
    private static readonly KnowledgeBase Kb = PackLoader.Default;
    private static readonly EssayAnalyzer Analyzer = new(Kb);

    public static TheoryData<string> QuestionIds()
    {
        var data = new TheoryData<string>();
        foreach (var q in Kb.Questions)
        {
            data.Add(q.Id);
        }

        return data;
    }

    private static Essay Model(Question q) => q.Essays.Single(e => e.Kind == EssayKind.Model);

    [Fact]
    public void ThePackHasTheQuestionsTheBriefNames()
    {
        Assert.True(Kb.Questions.Count >= 10);
        foreach (var text in new[]
        {
            "Assess the aims of Soviet foreign policy in the period 1924–41.",
            "How successful was Stalin's foreign policy in ensuring Soviet security before 1941?",
            "Explain why Stalin signed the Nazi–Soviet Pact in 1939.",
            "To what extent was Soviet foreign policy 1917–41 driven by ideology rather than national interest?",
            "Why did Lenin sign the Treaty of Brest-Litovsk?",
            "How far was collective security a failure for the USSR in 1933–39?",
            "'The main aim of Soviet foreign policy 1919–41 was collective security.' Evaluate this view.",
            "How important was the Comintern to Soviet foreign policy 1919–39?",
        })
        {
            Assert.Contains(Kb.Questions, q => q.Title == text);
        }

        Assert.Equal(2022, Kb.Find<Question>("aims-1924-41")!.Examined);
        Assert.All(Kb.Questions, q =>
        {
            Assert.Single(q.Essays, e => e.Kind == EssayKind.Model);
            Assert.Single(q.Essays, e => e.Kind == EssayKind.Plan);
            Assert.True(q.Essays.Count(e => e.Kind == EssayKind.Calibration) >= 2, q.Id);
        });
    }

    [Fact]
    public void TheFourBoardStructuresAreSupported()
    {
        var cambridge = Kb.Find<MarkScheme>("cambridge-9489-p4")!;
        Assert.Equal(30, cambridge.Marks);
        Assert.Equal([15, 15], cambridge.Objectives.Select(o => o.Marks));
        Assert.All(cambridge.Objectives, o => Assert.Equal(5, o.Levels.Count));
        Assert.Equal(25, Kb.Find<MarkScheme>("aqa-7042-essay")!.Marks);
        Assert.Equal(15, Kb.Find<MarkScheme>("ib-paper-3")!.Marks);
        Assert.Equal(4, Kb.Find<MarkScheme>("explain-why-10")!.TopLevel);
    }

    [Theory]
    [MemberData(nameof(QuestionIds))]
    public void EachModelEssayReachesTheTopLevel(string id)
    {
        var q = Kb.Find<Question>(id)!;
        var report = Analyzer.Analyze(Model(q).Text, q);

        Assert.Equal(Kb.Find<MarkScheme>(q.SchemeId)!.TopLevel, report.Level);
    }

    [Fact]
    public void CalibrationEssaysEarnTheirLabelledLevel_ExactlyForMostAndWithinOneForAll()
    {
        var exact = 0;
        var total = 0;
        foreach (var q in Kb.Questions)
        {
            foreach (var essay in q.Essays.Where(e => e.Kind == EssayKind.Calibration))
            {
                var report = Analyzer.Analyze(essay.Text, q);
                total++;
                exact += report.Level == essay.Level ? 1 : 0;
                output.WriteLine($"{q.Id} labelled {essay.Level}, marked {report.Level} ({report.Mark}/{report.MaxMark})");
                Assert.InRange(report.Level, essay.Level!.Value - 1, essay.Level.Value + 1);
            }
        }

        Assert.True(exact >= total * 0.75, $"{exact} of {total} exact");
    }

    [Theory]
    [MemberData(nameof(QuestionIds))]
    public void RemovingParagraphsFromAGoodEssayNeverRaisesItsMark(string id)
    {
        var q = Kb.Find<Question>(id)!;
        var paragraphs = Model(q).Text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries);
        var full = Analyzer.Analyze(string.Join("\n\n", paragraphs), q).Mark;
        for (var i = 0; i < paragraphs.Length; i++)
        {
            var without = string.Join("\n\n", paragraphs.Where((_, k) => k != i));
            Assert.True(Analyzer.Analyze(without, q).Mark <= full, $"removing paragraph {i} raised the mark");
        }

        for (var keep = 1; keep < paragraphs.Length; keep++)
        {
            Assert.True(Analyzer.Analyze(string.Join("\n\n", paragraphs.Take(keep)), q).Mark <= full);
        }
    }

    public static TheoryData<string> Fillers => new()
    {
        "Lorem ipsum dolor sit amet, consectetur adipiscing elit. Sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.",
        "Soviet foreign policy was very important and very significant. It had many aims and many results, because it was important. Therefore it was significant.",
        "The weather in Moscow is cold in winter. Many tourists visit Red Square. The metro is beautiful and efficient.",
        "Furthermore, it could be argued that, on the other hand, in conclusion, overall, the most important factor was clearly decisive.",
    };

    [Theory]
    [MemberData(nameof(Fillers))]
    public void AppendingFillerNeverRaisesTheMark(string filler)
    {
        foreach (var q in Kb.Questions)
        {
            foreach (var essay in q.Essays.Where(e => e.Kind != EssayKind.Plan))
            {
                var mark = Analyzer.Analyze(essay.Text, q).Mark;
                var padded = essay.Text + "\n\n" + string.Join(" ", Enumerable.Repeat(filler, 5));
                Assert.True(Analyzer.Analyze(padded, q).Mark <= mark, $"{q.Id} {essay.Kind} {essay.Level}");
            }
        }
    }

    [Fact]
    public void RepeatingTheEssayNeverRaisesTheMark()
    {
        foreach (var q in Kb.Questions)
        {
            foreach (var essay in q.Essays.Where(e => e.Kind == EssayKind.Calibration))
            {
                var mark = Analyzer.Analyze(essay.Text, q).Mark;
                Assert.True(Analyzer.Analyze(essay.Text + "\n\n" + essay.Text, q).Mark <= mark, $"{q.Id} {essay.Level}");
            }
        }
    }

    [Fact]
    public void AnEssayOnAnotherTopicGetsLevelOneOrZero()
    {
        const string essay = """
            The causes of the First World War were complex. The alliance system divided Europe into two armed camps, and the
            naval race between Britain and Germany raised tension after 1906.

            The assassination of Archduke Franz Ferdinand in Sarajevo in June 1914 was the trigger. Austria-Hungary issued an
            ultimatum to Serbia, and mobilisation plans such as the Schlieffen Plan made war hard to stop.

            In conclusion, militarism, alliances, imperialism and nationalism together caused the war, but the Schlieffen Plan
            was the most important factor because it turned a Balkan crisis into a general war.
            """;
        foreach (var q in Kb.Questions)
        {
            Assert.InRange(Analyzer.Analyze(essay, q).Level, 0, 1);
        }
    }

    [Fact]
    public void TheSameEssayAlwaysGivesTheSameReport()
    {
        var q = Kb.Find<Question>("aims-1924-41")!;
        var text = q.Essays.First(e => e.Kind == EssayKind.Calibration).Text;
        var a = Analyzer.Analyze(text, q);
        var b = new EssayAnalyzer(Kb).Analyze(text, q);

        Assert.Equal(a.Mark, b.Mark);
        Assert.Equal(a.Advice, b.Advice);
        Assert.Equal(a.Claims.Select(c => (c.Statement, c.Verdict)), b.Claims.Select(c => (c.Statement, c.Verdict)));
        Assert.Equal(a.Coverage.Select(c => (c.PointId, c.Covered)), b.Coverage.Select(c => (c.PointId, c.Covered)));
    }

    [Fact]
    public void FactErrorsDoNotLowerTheMark()
    {
        var q = Kb.Find<Question>("why-league-1934")!;
        var text = Model(q).Text;
        var wrong = text.Replace("1934", "1936", StringComparison.Ordinal);
        var right = Analyzer.Analyze(text, q);
        var mistaken = Analyzer.Analyze(wrong, q);

        Assert.Contains(mistaken.Claims, c => c.Verdict == Verdict.Contradicted);
        Assert.Equal(right.Level, mistaken.Level);
    }

    [Fact]
    public void ReportsPointAtTheWordsThatEarnedThem()
    {
        var q = Kb.Find<Question>("aims-1924-41")!;
        var report = Analyzer.Analyze(Model(q).Text, q);

        Assert.All(report.Coverage.Where(c => c.Covered), c => Assert.NotEmpty(c.Evidence));
        Assert.All(report.Objectives, o => Assert.NotEmpty(o.Reasons));
        Assert.NotNull(report.Structure.ThesisSentence);
    }

    [Theory]
    [InlineData("The Pact was signed in 1939. 99999999999 years later nothing had changed.")]
    [InlineData("In 1934 the USSR joined the League. 2147483648 years later it left.")]
    [InlineData("Rapallo belongs to the 1٣30s, not to the 1920s.")]
    [InlineData("The mid-1٣٠s and the late ١٩٢٠s were years of change.")]
    public void AnalysisOfNumbersTooLongOrInOtherScriptsFindsNoDateAndNeverThrows(string text)
    {
        var q = Kb.Find<Question>("aims-1924-41")!;

        var report = Analyzer.Analyze(text, q);

        Assert.InRange(report.Mark, 0, report.MaxMark);
    }

    [Fact]
    public void AnalysisNeverThrowsOnArbitraryText()
    {
        var q = Kb.Find<Question>("aims-1924-41")!;
        var random = new Random(1941);
        var pieces = new[]
        {
            "the Pact", "1939", "23 August 1939", "Litvinov", "foreign commissar", "in", "by 1941", "(", ")", "'s", "—", "–",
            "\n\n", ".", "?", "!", "signed", "after", "before", "A.", "c.", "between", "and", "\u0000", "\uD83D\uDE00", "é", "ł",
            "Stalin's", "the League", "Munich", "“", "”", "1936-39", "the late 1920s", "a year later", "12345", "-", "  ", "\t",
        };
        for (var i = 0; i < 3000; i++)
        {
            var n = random.Next(0, 60);
            var text = string.Join(random.Next(2) == 0 ? " " : string.Empty, Enumerable.Range(0, n).Select(_ => pieces[random.Next(pieces.Length)]));
            var report = Analyzer.Analyze(text, q);
            Assert.InRange(report.Mark, 0, report.MaxMark);
        }

        var chars = new char[5000];
        for (var i = 0; i < 200; i++)
        {
            for (var k = 0; k < chars.Length; k++)
            {
                chars[k] = (char)random.Next(0, 0xFFFF);
            }

            Assert.InRange(Analyzer.Analyze(new string(chars), q).Mark, 0, 30);
        }
    }
}
