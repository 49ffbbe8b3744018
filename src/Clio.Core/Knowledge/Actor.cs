using Clio.Dates;

namespace Clio.Knowledge;

/// <summary>What sort of actor an <see cref="Actor"/> is.</summary>
public enum ActorKind
{
    /// <summary>A person.</summary>
    Person,

    /// <summary>A state.</summary>
    State,

    /// <summary>An organisation, such as a party or the League of Nations.</summary>
    Organisation,

    /// <summary>A looser group, such as the Whites or the Left Opposition.</summary>
    Group,
}

/// <summary>A person, state, organisation or group that takes part in events.</summary>
public sealed class Actor : Entry
{
    /// <summary>What sort of actor this is.</summary>
    public required ActorKind ActorKind { get; init; }

    /// <summary>When the person was born.</summary>
    public HistoricalDate? Born { get; init; }

    /// <summary>When the person died.</summary>
    public HistoricalDate? Died { get; init; }

    /// <summary>The id of the state the actor belongs to.</summary>
    public string? Country { get; init; }

    /// <summary>Two or three sentences on the actor's part in the topic.</summary>
    public required string Summary { get; init; }

    /// <summary>The offices the person held, in order.</summary>
    public IReadOnlyList<Role> Roles { get; init; } = [];

    /// <summary>The ids of the themes the actor belongs to.</summary>
    public IReadOnlyList<string> Themes { get; init; } = [];

    /// <summary>The sources behind the entry.</summary>
    public IReadOnlyList<SourceRef> Sources { get; init; } = [];

    /// <inheritdoc />
    public override EntryKind Kind => EntryKind.Actor;

    /// <inheritdoc />
    public override string Description => Summary;
}

/// <summary>An office a person held, with its term.</summary>
public sealed class Role
{
    /// <summary>The office, such as "People's Commissar for Foreign Affairs".</summary>
    public required string Office { get; init; }

    /// <summary>The id of the state or body the office belongs to.</summary>
    public string? Of { get; init; }

    /// <summary>When the term began.</summary>
    public required HistoricalDate From { get; init; }

    /// <summary>When the term ended; null when it outlasts the pack's period or the person.</summary>
    public HistoricalDate? To { get; init; }

    /// <summary>A note on the term.</summary>
    public string? Note { get; init; }

    /// <summary>Where the role is defined.</summary>
    public SourceLocation Location { get; init; }

    /// <summary>Whether the term certainly covers the whole of the given date.</summary>
    public bool CoversWholly(HistoricalDate date) =>
        From.Latest <= date.Earliest && (To is null || date.Latest <= To.Value.Earliest);

    /// <summary>Whether the term could overlap the given date at all.</summary>
    public bool MayOverlap(HistoricalDate date) =>
        From.Earliest <= date.Latest && (To is null || date.Earliest <= To.Value.Latest);

    /// <summary>The term as students write it: "1930–39", "21 July 1930 – 3 May 1939" or "from 1939".</summary>
    public string Term => To is null ? $"from {From}" : $"{From} – {To}";
}
