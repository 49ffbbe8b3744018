using Clio.Dates;

namespace Clio.Knowledge;

/// <summary>What an authored flashcard tests.</summary>
public enum AuthoredCardKind
{
    /// <summary>A fact: who, what, where, when.</summary>
    Fact,

    /// <summary>An argument a student should be able to make.</summary>
    Argument,

    /// <summary>A historian's or a school's reading.</summary>
    Historiography,

    /// <summary>A concept or a term.</summary>
    Concept,

    /// <summary>A cause or a consequence.</summary>
    Cause,
}

/// <summary>A flashcard written by the pack's author (<c>cards:</c>), as against one generated from the entries.</summary>
public sealed record AuthoredCard
{
    /// <summary>The card's id, starting <c>card-</c>; unique across the pack.</summary>
    public required string Id { get; init; }

    /// <summary>What the card tests.</summary>
    public required AuthoredCardKind Kind { get; init; }

    /// <summary>The id of the notes section the card belongs to, if any.</summary>
    public string? Section { get; init; }

    /// <summary>The ids of its themes.</summary>
    public IReadOnlyList<string> Themes { get; init; } = [];

    /// <summary>The question or prompt; it never contains the answer.</summary>
    public required string Front { get; init; }

    /// <summary>The full answer.</summary>
    public required string Back { get; init; }

    /// <summary>Short typed answers a grader accepts; empty for an open card that the student rates.</summary>
    public IReadOnlyList<string> Answers { get; init; } = [];

    /// <summary>The ids of the entries behind it; at least one.</summary>
    public required IReadOnlyList<string> Entries { get; init; }

    /// <summary>Where the card is defined.</summary>
    public SourceLocation Location { get; init; }
}

/// <summary>The authored part of a notes section's lesson (<c>lessons:</c>): answers to its self-review questions and practice questions.</summary>
public sealed record AuthoredLesson
{
    /// <summary>The id of the notes section.</summary>
    public required string Section { get; init; }

    /// <summary>Answer outlines for the section's self-review questions, in the note's order.</summary>
    public IReadOnlyList<SelfReviewAnswer> SelfReview { get; init; } = [];

    /// <summary>Exam-style practice questions for the section.</summary>
    public IReadOnlyList<PracticeQuestion> Practice { get; init; } = [];

    /// <summary>Where the lesson is defined.</summary>
    public SourceLocation Location { get; init; }
}

/// <summary>The outline of a good answer to one of a note's self-review questions.</summary>
/// <param name="Question">The question, exactly as the note's "Self-review questions" list gives it.</param>
/// <param name="Answer">The points a good answer makes, in one to three sentences.</param>
/// <param name="Entries">The ids of the entries behind the answer.</param>
public sealed record SelfReviewAnswer(string Question, string Answer, IReadOnlyList<string> Entries);

/// <summary>An exam-style practice question with what a top answer does.</summary>
/// <param name="Question">The question.</param>
/// <param name="Marks">The marks it carries.</param>
/// <param name="Guidance">What a top answer does.</param>
/// <param name="Entries">The ids of the entries a good answer uses.</param>
public sealed record PracticeQuestion(string Question, int Marks, string Guidance, IReadOnlyList<string> Entries);

/// <summary>
/// A decision scenario: the student stands at a turning point, with only what was known at the time, chooses
/// among two to four courses, and then learns what happened and how historians read it.
/// </summary>
public sealed record Scenario
{
    /// <summary>The scenario's id; unique across the pack.</summary>
    public required string Id { get; init; }

    /// <summary>Its title.</summary>
    public required string Title { get; init; }

    /// <summary>When the decision had to be made.</summary>
    public required HistoricalDate Date { get; init; }

    /// <summary>Who the student plays ("You are Stalin."), if said.</summary>
    public string? Role { get; init; }

    /// <summary>The id of the notes section it belongs to, if any.</summary>
    public string? Section { get; init; }

    /// <summary>The situation, in the second person and the present tense.</summary>
    public required string Situation { get; init; }

    /// <summary>The courses open, as written; exactly one is the historical choice.</summary>
    public required IReadOnlyList<ScenarioOption> Options { get; init; }

    /// <summary>What actually happened, with dates.</summary>
    public required string Outcome { get; init; }

    /// <summary>How historians read the decision.</summary>
    public required IReadOnlyList<HistorianView> Debate { get; init; }

    /// <summary>The ids of the entries behind it; at least one.</summary>
    public required IReadOnlyList<string> Entries { get; init; }

    /// <summary>Where the scenario is defined.</summary>
    public SourceLocation Location { get; init; }

    /// <summary>The option that was taken in history.</summary>
    public ScenarioOption HistoricalOption => Options.First(o => o.Historical);
}

/// <summary>One course open in a scenario.</summary>
/// <param name="Id">Its id, unique within the scenario.</param>
/// <param name="Text">The course, as offered to the student.</param>
/// <param name="Historical">Whether this was the course taken.</param>
/// <param name="Consequence">What followed, or what historians think would likely have followed.</param>
public sealed record ScenarioOption(string Id, string Text, bool Historical, string Consequence);

/// <summary>A historian's reading of a scenario's decision.</summary>
/// <param name="Historian">The id of the historian or school.</param>
/// <param name="View">The reading, in a sentence or two.</param>
public sealed record HistorianView(string Historian, string View);
