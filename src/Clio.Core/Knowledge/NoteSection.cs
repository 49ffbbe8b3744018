using Clio.Dates;

namespace Clio.Knowledge;

/// <summary>A study-note section: Markdown prose with its key features, historiography and self-review questions.</summary>
public sealed class NoteSection : Entry
{
    /// <summary>The heading every section must have for its key features.</summary>
    public const string KeyFeaturesHeading = "Key features";

    /// <summary>The heading every section must have for its historiography.</summary>
    public const string HistoriographyHeading = "Historiography";

    /// <summary>The heading every section must have for its self-review questions.</summary>
    public const string SelfReviewHeading = "Self-review questions";

    /// <summary>Where the section comes in the course; sections sort by it.</summary>
    public int Order { get; init; }

    /// <summary>The period the section covers.</summary>
    public HistoricalDate? Period { get; init; }

    /// <summary>The ids of the section's themes.</summary>
    public IReadOnlyList<string> Themes { get; init; } = [];

    /// <summary>The ids of the events the section rests on.</summary>
    public IReadOnlyList<string> Events { get; init; } = [];

    /// <summary>The Markdown body, after the YAML header.</summary>
    public required string Markdown { get; init; }

    /// <summary>The body's second-level sections in order.</summary>
    public IReadOnlyList<NoteHeading> Sections { get; init; } = [];

    /// <summary>The self-review questions, one per list item.</summary>
    public IReadOnlyList<string> SelfReviewQuestions { get; init; } = [];

    /// <summary>The ids linked from the text with <c>[[id]]</c>.</summary>
    public IReadOnlyList<string> Links { get; init; } = [];

    /// <summary>The text of a section by heading, or null.</summary>
    public string? Section(string heading) =>
        Sections.FirstOrDefault(s => string.Equals(s.Heading, heading, StringComparison.OrdinalIgnoreCase))?.Markdown;

    /// <inheritdoc />
    public override EntryKind Kind => EntryKind.Note;

    /// <inheritdoc />
    public override string Description => Section(KeyFeaturesHeading) ?? Markdown;
}

/// <summary>A second-level section of a note.</summary>
/// <param name="Heading">The heading's text.</param>
/// <param name="Markdown">The Markdown under it.</param>
public sealed record NoteHeading(string Heading, string Markdown);
