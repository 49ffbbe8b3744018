using Clio.Dates;
using Clio.Knowledge;
using Clio.Packs;

namespace Clio.Cli.Output;

/// <summary>An event as <c>clio timeline --json</c> writes it. The contract's fields come first.</summary>
internal sealed record EventJson(
    string Id,
    string Title,
    string Date,
    string Precision,
    string? End,
    string? Julian,
    bool? Approximate,
    IReadOnlyList<string> Aliases,
    string Summary,
    IReadOnlyList<string> Actors,
    IReadOnlyList<string> Themes,
    IReadOnlyList<string> Sources,
    string Type,
    string? Place,
    string Significance,
    string Display)
{
    public static EventJson From(Event e) => new(
        e.Id,
        e.Title,
        e.Date.ToIsoString(),
        PrecisionName(e.Date.Precision),
        e.Date.IsRange ? e.Date.End.ToIsoString() : null,
        e.Date.HasOldStyle ? e.Date.ToOldStyleIsoString() : null,
        e.Date.IsApproximate ? true : null,
        e.Aliases,
        e.Summary,
        e.Actors,
        e.Themes,
        [.. e.Sources.Select(s => s.SourceId)],
        e.Type,
        e.Place,
        e.Significance,
        e.Date.ToString());

    public static string PrecisionName(DatePrecision precision) => precision.ToString().ToLowerInvariant();
}

/// <summary>A search result as <c>clio search --json</c> writes it.</summary>
internal sealed record SearchHitJson(string Kind, string Id, string Title, string Snippet, double Score);

/// <summary>A diagnostic as <c>clio pack validate --json</c> writes it.</summary>
internal sealed record DiagnosticJson(string File, int Line, int Column, string Severity, string Message, string? Hint)
{
    public static DiagnosticJson From(Diagnostic d) => new(
        d.Location.File, d.Location.Line, d.Location.Column, d.Severity.ToString().ToLowerInvariant(), d.Message, d.Hint);
}

/// <summary>A link from one entry to another, with the other's title so a reader need not look it up.</summary>
internal sealed record LinkJson(string Id, string Kind, string Title);

/// <summary>An office and its term.</summary>
internal sealed record RoleJson(string Office, string? Of, string From, string? To, string Term, string? Note);

/// <summary>A source cited, with its full reference.</summary>
internal sealed record CitationJson(string Id, string? Pages, string Citation);

/// <summary>A historian's single claim.</summary>
internal sealed record ArgumentJson(string Claim, IReadOnlyList<string> Themes, IReadOnlyList<string> Events);

/// <summary>Any entry as <c>clio show --json</c> writes it: the common fields, then those of its kind.</summary>
internal sealed record EntryJson
{
    public required string Kind { get; init; }

    public required string Id { get; init; }

    public required string Title { get; init; }

    public IReadOnlyList<string> Aliases { get; init; } = [];

    public string? Type { get; init; }

    public string? Date { get; init; }

    public string? Precision { get; init; }

    public string? End { get; init; }

    public string? Julian { get; init; }

    public string? Display { get; init; }

    public string? Place { get; init; }

    public string? Summary { get; init; }

    public string? Significance { get; init; }

    public string? Definition { get; init; }

    public string? Argument { get; init; }

    public string? Citation { get; init; }

    public string? Born { get; init; }

    public string? Died { get; init; }

    public LinkJson? Country { get; init; }

    public LinkJson? School { get; init; }

    public IReadOnlyList<RoleJson>? Roles { get; init; }

    public IReadOnlyList<ArgumentJson>? Arguments { get; init; }

    public IReadOnlyList<LinkJson>? Actors { get; init; }

    public IReadOnlyList<string>? Themes { get; init; }

    public IReadOnlyList<LinkJson>? Causes { get; init; }

    public IReadOnlyList<LinkJson>? Related { get; init; }

    public IReadOnlyList<LinkJson>? Events { get; init; }

    public IReadOnlyList<LinkJson>? Members { get; init; }

    public IReadOnlyList<LinkJson>? CoinedBy { get; init; }

    public IReadOnlyList<LinkJson>? ChampionedBy { get; init; }

    public IReadOnlyList<LinkJson>? CitedBy { get; init; }

    public IReadOnlyList<LinkJson>? Notes { get; init; }

    public IReadOnlyList<CitationJson>? Sources { get; init; }

    public IReadOnlyList<string>? SelfReviewQuestions { get; init; }

    public string? Markdown { get; init; }

    public required string File { get; init; }

    public required int Line { get; init; }
}
