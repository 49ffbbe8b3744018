namespace Clio.Knowledge;

/// <summary>Whether a historian entry is one historian or a school of thought.</summary>
public enum HistorianKind
{
    /// <summary>One historian.</summary>
    Historian,

    /// <summary>A historiographical school or position.</summary>
    School,
}

/// <summary>A historian or a historiographical school, with the argument students should know.</summary>
public sealed class Historian : Entry
{
    /// <summary>Whether this is one historian or a school.</summary>
    public HistorianKind HistorianKind { get; init; }

    /// <summary>The id of the school the historian belongs to.</summary>
    public string? School { get; init; }

    /// <summary>The position in a few sentences.</summary>
    public required string Argument { get; init; }

    /// <summary>Single claims, each tied to themes or events.</summary>
    public IReadOnlyList<HistorianArgument> Arguments { get; init; } = [];

    /// <summary>The ids of the historian's works in the bibliography.</summary>
    public IReadOnlyList<string> Works { get; init; } = [];

    /// <summary>For a school, the ids of its historians.</summary>
    public IReadOnlyList<string> Members { get; init; } = [];

    /// <summary>The ids of the themes the historian writes on.</summary>
    public IReadOnlyList<string> Themes { get; init; } = [];

    /// <inheritdoc />
    public override EntryKind Kind => EntryKind.Historian;

    /// <inheritdoc />
    public override string Description => Argument;
}

/// <summary>One claim a historian makes.</summary>
/// <param name="Claim">The claim, in a sentence.</param>
/// <param name="Themes">The ids of the themes it concerns.</param>
/// <param name="Events">The ids of the events it concerns.</param>
public sealed record HistorianArgument(string Claim, IReadOnlyList<string> Themes, IReadOnlyList<string> Events);
