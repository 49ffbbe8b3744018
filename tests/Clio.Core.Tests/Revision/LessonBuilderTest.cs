using Clio.Knowledge;
using Clio.Packs;
using Clio.Revision;
using Clio.Tests.Packs;

namespace Clio.Tests.Revision;

/// <summary>Lessons: reading in chunks with checks between, about six minutes, ending with practice.</summary>
public class LessonBuilderTest
{
    private static readonly KnowledgeBase Kb = PackLoader.Default;

    public static TheoryData<string> Sections() => [.. Kb.Notes.Select(n => n.Id)];

    [Theory]
    [MemberData(nameof(Sections))]
    public void EverySectionsLessonTakesAboutSixMinutes(string section)
    {
        var lesson = LessonBuilder.Build(Kb, section);

        Assert.InRange(lesson.EstimatedTime.TotalMinutes, 4.5, 7.5);
    }

    [Theory]
    [MemberData(nameof(Sections))]
    public void ReadingAlternatesWithChecksOnWhatWasJustRead(string section)
    {
        var lesson = LessonBuilder.Build(Kb, section);
        var steps = lesson.Steps;

        Assert.IsType<ReadingStep>(steps[0]);
        var readings = steps.Select((s, i) => (Step: s, Index: i)).Where(p => p.Step is ReadingStep).ToList();
        Assert.True(readings.Count >= 4, $"{readings.Count} chunks");
        foreach (var (step, index) in readings)
        {
            // After the last chunk come the self-review questions no chunk took, so only the others have at most two.
            var checks = steps.Skip(index + 1).TakeWhile(s => s is CheckStep or SelfReviewStep).Count();
            Assert.InRange(checks, 1, index == readings[^1].Index ? 8 : 2);
            Assert.InRange(((ReadingStep)step).Words, 1, 400);
        }

        Assert.All(steps.OfType<CheckStep>(), c => Assert.All(c.Item.Entries, id => Assert.NotNull(Kb.Find(id))));
        Assert.Equal(steps.OfType<CheckStep>().Count(), steps.OfType<CheckStep>().Select(c => c.Item.Id).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Sections))]
    public void EverySelfReviewQuestionOfTheNoteIsAskedOnce(string section)
    {
        var note = Kb.Find<NoteSection>(section)!;

        var lesson = LessonBuilder.Build(Kb, section);

        Assert.Equal(note.SelfReviewQuestions.Order(), lesson.Steps.OfType<SelfReviewStep>().Select(s => s.Question).Order());
    }

    [Fact]
    public void TheReadingCoversTheNotesButNotTheirSelfReviewList()
    {
        var note = Kb.Find<NoteSection>("collective-security-1933-38")!;

        var lesson = LessonBuilder.Build(Kb, note.Id);

        var read = string.Join("\n", lesson.Steps.OfType<ReadingStep>().Select(r => r.Markdown));
        foreach (var part in note.Sections.Where(s => s.Heading != NoteSection.SelfReviewHeading))
        {
            Assert.Contains(part.Markdown.Split('\n')[0].Trim(), read, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(note.SelfReviewQuestions[0], read, StringComparison.Ordinal);
        Assert.Equal(lesson.Words, lesson.Steps.OfType<ReadingStep>().Sum(r => r.Words));
    }

    [Fact]
    public void TheSameSectionAlwaysGivesTheSameLesson()
    {
        var first = LessonBuilder.Build(Kb, "spain-1936-39").Steps.Select(Describe);
        var second = LessonBuilder.Build(PackLoader.Load(EmbeddedPackSource.Default).Knowledge!, "spain-1936-39").Steps.Select(Describe);

        Assert.Equal(first, second);
    }

    [Fact]
    public void BuildAllGivesOneLessonPerSectionInCourseOrder() =>
        Assert.Equal(Kb.Notes.Select(n => n.Id), LessonBuilder.BuildAll(Kb).Select(l => l.SectionId));

    [Fact]
    public void AnUnknownSectionIsAnError() =>
        Assert.Throws<ArgumentException>(() => LessonBuilder.Build(Kb, "no-such-section"));

    [Fact]
    public void AuthoredAnswersAndPracticeQuestionsComeIntoTheLessonButScenariosStandApart()
    {
        var kb = MiniPack.Load(PackLoaderRevisionTest.Files()).Knowledge!;

        var lesson = LessonBuilder.Build(kb, "collective-security-notes");

        var reviews = lesson.Steps.OfType<SelfReviewStep>().ToList();
        Assert.Equal(2, reviews.Count);
        Assert.All(reviews, r => Assert.NotNull(r.Answer));
        Assert.Equal("Fear of Germany and Japan, and the search for allies.", reviews.Single(r => r.Question.StartsWith("Why", StringComparison.Ordinal)).Answer);
        Assert.DoesNotContain(lesson.Steps, s => s.GetType().Name.Contains("Scenario", StringComparison.Ordinal));
        var practice = Assert.IsType<PracticeStep>(lesson.Steps[^1]);
        Assert.Equal(10, practice.Question.Marks);
    }

    [Fact]
    public void WithoutAnAuthoredLessonTheSelfReviewQuestionsHaveNoAnswer()
    {
        var kb = MiniPack.Load(MiniPack.Files()).Knowledge!;

        var lesson = LessonBuilder.Build(kb, "collective-security-notes");

        Assert.All(lesson.Steps.OfType<SelfReviewStep>(), r => Assert.Null(r.Answer));
        Assert.Empty(lesson.Steps.OfType<PracticeStep>());
    }

    [Theory]
    [InlineData("One two three.", 3)]
    [InlineData("- **The German threat.** [[hitler-chancellor|Hitler became chancellor]] on 30 January 1933.", 10)]
    [InlineData("[[litvinov]] spoke — at length.", 4)]
    public void WordsAreCountedAsRead(string markdown, int words) =>
        Assert.Equal(words, LessonBuilder.CountWords(markdown));

    private static string Describe(LessonStep step) => step switch
    {
        ReadingStep r => "read:" + r.Markdown,
        CheckStep c => "check:" + c.Item.Id,
        SelfReviewStep s => "review:" + s.Question,
        _ => step.ToString() ?? string.Empty,
    };
}
