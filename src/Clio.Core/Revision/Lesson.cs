using Clio.Knowledge;

namespace Clio.Revision;

/// <summary>A short lesson on one notes section: reading in chunks, each followed by a check, then practice questions.</summary>
/// <param name="SectionId">The notes section.</param>
/// <param name="Title">The section's title.</param>
/// <param name="Steps">The steps in order.</param>
public sealed record Lesson(string SectionId, string Title, IReadOnlyList<LessonStep> Steps)
{
    /// <summary>About how long the lesson takes: the sum of its steps' estimates.</summary>
    public TimeSpan EstimatedTime => Steps.Aggregate(TimeSpan.Zero, (sum, step) => sum + step.EstimatedTime);

    /// <summary>The words to read in the lesson's reading steps.</summary>
    public int Words => Steps.OfType<ReadingStep>().Sum(s => s.Words);
}

/// <summary>One step of a lesson.</summary>
public abstract record LessonStep
{
    /// <summary>About how long the step takes (see <see cref="LessonBuilder"/> for the rates).</summary>
    public abstract TimeSpan EstimatedTime { get; }
}

/// <summary>A chunk of the notes to read.</summary>
/// <param name="Heading">The heading of the part of the notes it comes from.</param>
/// <param name="Markdown">The chunk, as Markdown with its <c>[[id|text]]</c> links.</param>
/// <param name="Words">How many words it has.</param>
/// <param name="Entries">The ids it links to, in order.</param>
public sealed record ReadingStep(string Heading, string Markdown, int Words, IReadOnlyList<string> Entries) : LessonStep
{
    /// <inheritdoc />
    public override TimeSpan EstimatedTime => TimeSpan.FromMinutes((double)Words / LessonBuilder.WordsPerMinute);
}

/// <summary>A quiz question on what was just read.</summary>
/// <param name="Item">The question.</param>
public sealed record CheckStep(QuizItem Item) : LessonStep
{
    /// <inheritdoc />
    public override TimeSpan EstimatedTime => LessonBuilder.PerCheck;
}

/// <summary>One of the section's self-review questions, with the outline of a good answer when the pack gives one.</summary>
/// <param name="Question">The question, as the notes give it.</param>
/// <param name="Answer">The points a good answer makes, or null.</param>
/// <param name="Entries">The ids behind the answer.</param>
public sealed record SelfReviewStep(string Question, string? Answer, IReadOnlyList<string> Entries) : LessonStep
{
    /// <inheritdoc />
    public override TimeSpan EstimatedTime => LessonBuilder.PerCheck;
}

/// <summary>An exam-style practice question to end the lesson; the estimate counts only reading it.</summary>
/// <param name="Question">The question with its marks and guidance.</param>
public sealed record PracticeStep(PracticeQuestion Question) : LessonStep
{
    /// <inheritdoc />
    public override TimeSpan EstimatedTime => TimeSpan.FromMinutes((double)LessonBuilder.CountWords(Question.Question) / LessonBuilder.WordsPerMinute);
}
