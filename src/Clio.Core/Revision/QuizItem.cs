using Clio.Dates;

namespace Clio.Revision;

/// <summary>The kinds of quiz question.</summary>
public enum QuizItemKind
{
    /// <summary>Pick one of four options: a date, an event or a person.</summary>
    MultipleChoice,

    /// <summary>Put four to six events in order.</summary>
    Ordering,

    /// <summary>Type a date, graded at the precision the question asks for.</summary>
    TypeDate,

    /// <summary>Type who held an office in a given year.</summary>
    OfficeHolder,

    /// <summary>Match three or four treaties to those who signed them.</summary>
    Matching,

    /// <summary>Say whether a statement is true, and correct it when it is not.</summary>
    TrueFalse,
}

/// <summary>What the options of a multiple-choice question are.</summary>
public enum ChoiceKind
{
    /// <summary>Dates, all at the precision asked.</summary>
    Date,

    /// <summary>Events.</summary>
    Event,

    /// <summary>People.</summary>
    Person,

    /// <summary>Historians.</summary>
    Historian,
}

/// <summary>A quiz question: what it asks, what explains the answer, and the entries behind it.</summary>
public abstract record QuizItem
{
    /// <summary>An id stable across runs for the same question, such as <c>quiz.mc-date.treaty-of-rapallo</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The kind of question.</summary>
    public abstract QuizItemKind Kind { get; }

    /// <summary>The question as shown.</summary>
    public required string Prompt { get; init; }

    /// <summary>The right answer in a sentence, shown once the question is answered.</summary>
    public required string Explanation { get; init; }

    /// <summary>The ids of the entries behind the question; at least one.</summary>
    public required IReadOnlyList<string> Entries { get; init; }

    /// <summary>The id of the notes section of the question's main entry, if any.</summary>
    public string? Section { get; init; }

    /// <summary>The ids of the themes of the question's main entry.</summary>
    public IReadOnlyList<string> Themes { get; init; } = [];
}

/// <summary>A question with four options, one of them right. Answer with the option, its letter or its number.</summary>
public sealed record MultipleChoiceItem : QuizItem
{
    /// <inheritdoc />
    public override QuizItemKind Kind => QuizItemKind.MultipleChoice;

    /// <summary>What the options are.</summary>
    public required ChoiceKind Choices { get; init; }

    /// <summary>The four options, in the order shown.</summary>
    public required IReadOnlyList<string> Options { get; init; }

    /// <summary>The index of the right option.</summary>
    public required int AnswerIndex { get; init; }

    /// <summary>For a date question, the options as dates, in the order shown.</summary>
    public IReadOnlyList<HistoricalDate> DateOptions { get; init; } = [];

    /// <summary>For an event or person question, the ids behind the options, in the order shown.</summary>
    public IReadOnlyList<string> OptionIds { get; init; } = [];

    /// <summary>The right option.</summary>
    public string Answer => Options[AnswerIndex];
}

/// <summary>Events to put in order, earliest first. Answer with the letters in order, such as "BDAC".</summary>
public sealed record OrderingItem : QuizItem
{
    /// <inheritdoc />
    public override QuizItemKind Kind => QuizItemKind.Ordering;

    /// <summary>The events' titles, in the order shown.</summary>
    public required IReadOnlyList<string> Events { get; init; }

    /// <summary>The events' dates, in the order shown.</summary>
    public required IReadOnlyList<HistoricalDate> Dates { get; init; }

    /// <summary>The indices of <see cref="Events"/>, earliest first.</summary>
    public required IReadOnlyList<int> Order { get; init; }
}

/// <summary>A date to type, graded at the precision the question asks for.</summary>
public sealed record DateItem : QuizItem
{
    /// <inheritdoc />
    public override QuizItemKind Kind => QuizItemKind.TypeDate;

    /// <summary>The answer at the precision asked: "In which year…" gives a year.</summary>
    public required HistoricalDate Answer { get; init; }

    /// <summary>The date as the knowledge base knows it, perhaps finer than asked.</summary>
    public required HistoricalDate Known { get; init; }
}

/// <summary>"Who was People's Commissar for Foreign Affairs in 1935?": a name to type.</summary>
public sealed record OfficeHolderItem : QuizItem
{
    /// <inheritdoc />
    public override QuizItemKind Kind => QuizItemKind.OfficeHolder;

    /// <summary>The holder's name as the knowledge base gives it.</summary>
    public required string Holder { get; init; }

    /// <summary>The holder's id.</summary>
    public required string HolderId { get; init; }

    /// <summary>The office.</summary>
    public required string Office { get; init; }

    /// <summary>The year asked about; the holder held the office all that year, and nobody else did.</summary>
    public required int Year { get; init; }
}

/// <summary>Treaties to match with those who signed them. Answer with the letters of the signatories in the treaties' order, such as "CAB".</summary>
public sealed record MatchingItem : QuizItem
{
    /// <inheritdoc />
    public override QuizItemKind Kind => QuizItemKind.Matching;

    /// <summary>The treaties, numbered from 1.</summary>
    public required IReadOnlyList<string> Left { get; init; }

    /// <summary>The signatories, lettered from A, in the order shown.</summary>
    public required IReadOnlyList<string> Right { get; init; }

    /// <summary>For each treaty, the index of its signatories in <see cref="Right"/>.</summary>
    public required IReadOnlyList<int> Pairs { get; init; }
}

/// <summary>A statement that is true, or false with one date or person changed. Answer "true", or "false" with the correction.</summary>
public sealed record TrueFalseItem : QuizItem
{
    /// <inheritdoc />
    public override QuizItemKind Kind => QuizItemKind.TrueFalse;

    /// <summary>The statement.</summary>
    public required string Statement { get; init; }

    /// <summary>Whether the statement is true.</summary>
    public required bool IsTrue { get; init; }

    /// <summary>For a false statement, the right value: a date or a name.</summary>
    public string? Correction { get; init; }

    /// <summary>For a false statement about a date, the right date at the precision stated.</summary>
    public HistoricalDate? CorrectionDate { get; init; }
}
