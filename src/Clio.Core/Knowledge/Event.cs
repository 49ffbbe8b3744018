using Clio.Dates;

namespace Clio.Knowledge;

/// <summary>A dated event: a treaty, a conference, a war, an appointment and so on.</summary>
public sealed class Event : Entry
{
    /// <summary>The type of event, one of <see cref="EventTypes.All"/>.</summary>
    public required string Type { get; init; }

    /// <summary>When it happened, perhaps as a range.</summary>
    public required HistoricalDate Date { get; init; }

    /// <summary>Where it happened.</summary>
    public string? Place { get; init; }

    /// <summary>The ids of the actors who took part.</summary>
    public IReadOnlyList<string> Actors { get; init; } = [];

    /// <summary>The ids of the themes it belongs to.</summary>
    public IReadOnlyList<string> Themes { get; init; } = [];

    /// <summary>One to three sentences on what happened.</summary>
    public required string Summary { get; init; }

    /// <summary>Why it matters for the topic.</summary>
    public required string Significance { get; init; }

    /// <summary>For a treaty or agreement, the ids of those who signed it: people, or states where the signatories are not in the pack.</summary>
    public IReadOnlyList<string> SignedBy { get; init; } = [];

    /// <summary>The ids of events that led to this one.</summary>
    public IReadOnlyList<string> Causes { get; init; } = [];

    /// <summary>The ids of other related entries.</summary>
    public IReadOnlyList<string> Related { get; init; } = [];

    /// <summary>The sources behind the entry.</summary>
    public IReadOnlyList<SourceRef> Sources { get; init; } = [];

    /// <inheritdoc />
    public override EntryKind Kind => EntryKind.Event;

    /// <inheritdoc />
    public override string Description => Summary;
}

/// <summary>The types an event may have.</summary>
public static class EventTypes
{
    /// <summary>Every allowed event type.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        "revolution", "decree", "treaty", "agreement", "conference", "congress", "war", "battle", "invasion",
        "occupation", "annexation", "uprising", "crisis", "incident", "appointment", "dismissal", "death",
        "speech", "election", "recognition", "diplomatic", "purge", "trial", "massacre", "plan", "policy",
        "founding", "dissolution", "negotiation", "ultimatum", "expulsion",
    ];
}
