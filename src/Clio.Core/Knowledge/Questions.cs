using Clio.Dates;

namespace Clio.Knowledge;

/// <summary>A board's mark scheme: one or more assessment objectives, each marked on its own levels.</summary>
public sealed class MarkScheme : Entry
{
    /// <summary>The exam board and qualification.</summary>
    public required string Board { get; init; }

    /// <summary>The paper, where it matters.</summary>
    public string? Paper { get; init; }

    /// <summary>The total mark.</summary>
    public required int Marks { get; init; }

    /// <summary>The assessment objectives, each with its levels.</summary>
    public required IReadOnlyList<AssessmentObjective> Objectives { get; init; }

    /// <summary>The highest level any objective has.</summary>
    public int TopLevel => Objectives.Max(o => o.Levels.Count == 0 ? 0 : o.Levels.Max(l => l.Level));

    /// <inheritdoc />
    public override EntryKind Kind => EntryKind.Scheme;

    /// <inheritdoc />
    public override string Description => $"{Board}{(Paper is null ? string.Empty : ", " + Paper)}: {Marks} marks";
}

/// <summary>An assessment objective of a scheme, such as AO1, with its levels from the highest.</summary>
/// <param name="Id">The objective's id, such as AO1.</param>
/// <param name="Title">What it assesses.</param>
/// <param name="Marks">Its share of the total.</param>
/// <param name="Levels">Its levels, highest first.</param>
public sealed record AssessmentObjective(string Id, string Title, int Marks, IReadOnlyList<LevelDescriptor> Levels);

/// <summary>One level of an objective: its mark band and what an answer at that level does.</summary>
/// <param name="Level">The level, 1 the lowest.</param>
/// <param name="MinMark">The lowest mark of the band.</param>
/// <param name="MaxMark">The highest mark of the band.</param>
/// <param name="Descriptor">What an answer at this level does, in the pack author's words.</param>
public sealed record LevelDescriptor(int Level, int MinMark, int MaxMark, string Descriptor);

/// <summary>Which way an indicative point argues on the view a question invites.</summary>
public enum ArgumentSide
{
    /// <summary>Supports the view.</summary>
    For,

    /// <summary>Challenges the view.</summary>
    Against,

    /// <summary>Neither: context, or a point that serves any argument.</summary>
    Neutral,
}

/// <summary>An indicative-content point of a question's mark scheme.</summary>
/// <param name="Id">Its id, unique within the question.</param>
/// <param name="Statement">What the point says.</param>
/// <param name="Objective">The assessment objective it serves.</param>
/// <param name="Side">Which way it argues.</param>
/// <param name="Entries">The knowledge-base entries that evidence it.</param>
/// <param name="Concepts">Words and phrases whose presence in a sentence evidences it, lower case.</param>
public sealed record IndicativePoint(string Id, string Statement, string? Objective, ArgumentSide Side, IReadOnlyList<string> Entries, IReadOnlyList<string> Concepts);

/// <summary>What an essay file of a question is for.</summary>
public enum EssayKind
{
    /// <summary>A model answer at the top level.</summary>
    Model,

    /// <summary>An essay plan.</summary>
    Plan,

    /// <summary>An essay written to earn a stated lower level, for calibration.</summary>
    Calibration,
}

/// <summary>An essay, plan or calibration answer attached to a question.</summary>
/// <param name="Kind">What it is for.</param>
/// <param name="Level">The level it is meant to earn, if stated.</param>
/// <param name="Note">What it shows.</param>
/// <param name="Text">The essay's text.</param>
/// <param name="Location">Where it is in the pack.</param>
public sealed record Essay(EssayKind Kind, int? Level, string? Note, string Text, SourceLocation Location);

/// <summary>An exam question with its mark scheme, indicative content and essays.</summary>
public sealed class Question : Entry
{
    /// <summary>The commands a question may use.</summary>
    public static IReadOnlyList<string> CommandWords { get; } =
        ["assess", "evaluate", "explain", "to-what-extent", "how-far", "how-successful", "how-important", "why", "compare", "examine", "discuss", "analyse"];

    /// <summary>The id of its mark scheme.</summary>
    public required string SchemeId { get; init; }

    /// <summary>The board, as shown to students.</summary>
    public string? Board { get; init; }

    /// <summary>The paper.</summary>
    public string? Paper { get; init; }

    /// <summary>The year it was set, where it is a real past question.</summary>
    public int? Examined { get; init; }

    /// <summary>The marks it carries.</summary>
    public required int Marks { get; init; }

    /// <summary>The command word.</summary>
    public required string CommandWord { get; init; }

    /// <summary>The period it covers.</summary>
    public HistoricalDate? Period { get; init; }

    /// <summary>The ids of its themes.</summary>
    public IReadOnlyList<string> Themes { get; init; } = [];

    /// <summary>The view it invites the student to weigh, if any.</summary>
    public string? Claim { get; init; }

    /// <summary>Its indicative content.</summary>
    public IReadOnlyList<IndicativePoint> Points { get; init; } = [];

    /// <summary>Its model essays, plans and calibration essays.</summary>
    /// <remarks>Set by the pack loader once every essay file is read, before the question is shared.</remarks>
    public IReadOnlyList<Essay> Essays { get; internal set; } = [];

    /// <inheritdoc />
    public override EntryKind Kind => EntryKind.Question;

    /// <inheritdoc />
    public override string Description => Claim ?? Title;
}

/// <summary>A mistake students often make, with the words that signal it and its correction.</summary>
public sealed class Misconception : Entry
{
    /// <summary>Each pattern is a set of lower-case words or phrases that together signal the mistake.</summary>
    public required IReadOnlyList<IReadOnlyList<string>> Patterns { get; init; }

    /// <summary>The right fact.</summary>
    public required string Correction { get; init; }

    /// <summary>The entries behind the correction.</summary>
    public IReadOnlyList<string> Entries { get; init; } = [];

    /// <summary>The sources behind the correction.</summary>
    public IReadOnlyList<SourceRef> Sources { get; init; } = [];

    /// <inheritdoc />
    public override EntryKind Kind => EntryKind.Misconception;

    /// <inheritdoc />
    public override string Description => Correction;
}
