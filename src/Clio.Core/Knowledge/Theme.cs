namespace Clio.Knowledge;

/// <summary>A theme of the pack, such as collective security, that events and terms are grouped by.</summary>
public sealed class Theme : Entry
{
    /// <summary>One sentence on what the theme covers.</summary>
    public string ThemeDescription { get; init; } = string.Empty;

    /// <inheritdoc />
    public override EntryKind Kind => EntryKind.Theme;

    /// <inheritdoc />
    public override string Description => ThemeDescription;
}

/// <summary>The pack's metadata.</summary>
public sealed class PackInfo
{
    /// <summary>The pack's id.</summary>
    public required string Id { get; init; }

    /// <summary>The pack's title.</summary>
    public required string Title { get; init; }

    /// <summary>The period the pack covers, as written.</summary>
    public required string Period { get; init; }

    /// <summary>The levels of study the pack serves.</summary>
    public IReadOnlyList<string> Levels { get; init; } = [];

    /// <summary>The exam boards the pack serves.</summary>
    public IReadOnlyList<string> Boards { get; init; } = [];

    /// <summary>A paragraph on what the pack covers.</summary>
    public string Description { get; init; } = string.Empty;

    /// <summary>
    /// The ids of leaders whose name stands for their government's policy as a whole ("Stalin's policy of
    /// collective security"), so that the fact-checker never calls such a phrase a misattribution.
    /// </summary>
    public IReadOnlyList<string> Leaders { get; init; } = [];
}
