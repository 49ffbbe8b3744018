namespace Clio.Knowledge;

/// <summary>A glossary term.</summary>
public sealed class Term : Entry
{
    /// <summary>The definition, exam-ready.</summary>
    public required string Definition { get; init; }

    /// <summary>The ids of the themes the term belongs to.</summary>
    public IReadOnlyList<string> Themes { get; init; } = [];

    /// <summary>The ids of the actors or historians who coined the term.</summary>
    public IReadOnlyList<string> CoinedBy { get; init; } = [];

    /// <summary>The ids of the actors or historians who championed it.</summary>
    public IReadOnlyList<string> ChampionedBy { get; init; } = [];

    /// <summary>The ids of related entries.</summary>
    public IReadOnlyList<string> Related { get; init; } = [];

    /// <summary>The sources behind the entry.</summary>
    public IReadOnlyList<SourceRef> Sources { get; init; } = [];

    /// <inheritdoc />
    public override EntryKind Kind => EntryKind.Term;

    /// <inheritdoc />
    public override string Description => Definition;
}
