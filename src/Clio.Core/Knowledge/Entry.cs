namespace Clio.Knowledge;

/// <summary>The kinds of entry a knowledge base holds.</summary>
public enum EntryKind
{
    /// <summary>A dated event.</summary>
    Event,

    /// <summary>A person, state, organisation or group.</summary>
    Actor,

    /// <summary>A historian or a historiographical school.</summary>
    Historian,

    /// <summary>A glossary term.</summary>
    Term,

    /// <summary>A bibliography entry.</summary>
    Source,

    /// <summary>A study-note section.</summary>
    Note,

    /// <summary>A theme of the pack.</summary>
    Theme,

    /// <summary>An exam question with its indicative content.</summary>
    Question,

    /// <summary>A board's mark scheme with its level descriptors.</summary>
    Scheme,

    /// <summary>A mistake students often make, with its correction.</summary>
    Misconception,
}

/// <summary>Where an entry or a problem is in a pack: a path relative to the pack, and a 1-based line and column.</summary>
/// <param name="File">The path within the pack, with forward slashes.</param>
/// <param name="Line">The 1-based line.</param>
/// <param name="Column">The 1-based column.</param>
public readonly record struct SourceLocation(string File, int Line, int Column)
{
    /// <summary>The location as <c>file:line:col</c>.</summary>
    public override string ToString() => $"{File}:{Line}:{Column}";
}

/// <summary>An entry of the knowledge base. Every entry has an id unique across the whole pack.</summary>
public abstract class Entry
{
    /// <summary>The entry's id: lower-case words joined by hyphens.</summary>
    public required string Id { get; init; }

    /// <summary>The entry's name or title as shown to students.</summary>
    public required string Title { get; init; }

    /// <summary>Other names students use for the entry.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>Where the entry is defined.</summary>
    public SourceLocation Location { get; init; }

    /// <summary>What kind of entry this is.</summary>
    public abstract EntryKind Kind { get; }

    /// <summary>A short description used in listings and search results.</summary>
    public abstract string Description { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Kind} {Id}";
}

/// <summary>A reference from an entry to a bibliography entry, perhaps with pages.</summary>
/// <param name="SourceId">The id of the <see cref="Source"/>.</param>
/// <param name="Pages">The pages cited, if given.</param>
public sealed record SourceRef(string SourceId, string? Pages = null);
