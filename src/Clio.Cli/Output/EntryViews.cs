using Clio.Knowledge;

namespace Clio.Cli.Output;

/// <summary>Builds the full view of one entry with its links resolved: the one model behind both the JSON and the human view of <c>clio show</c>.</summary>
internal static class EntryViews
{
    public static EntryJson Build(Entry entry, KnowledgeBase kb)
    {
        var view = new EntryJson
        {
            Kind = entry.Kind.ToString().ToLowerInvariant(),
            Id = entry.Id,
            Title = entry.Title,
            Aliases = entry.Aliases,
            File = entry.Location.File,
            Line = entry.Location.Line,
        };

        return entry switch
        {
            Event e => view with
            {
                Type = e.Type,
                Date = e.Date.ToIsoString(),
                Precision = EventJson.PrecisionName(e.Date.Precision),
                End = e.Date.IsRange ? e.Date.End.ToIsoString() : null,
                Julian = e.Date.HasOldStyle ? e.Date.ToOldStyleIsoString() : null,
                Display = e.Date.ToString(),
                Place = e.Place,
                Summary = e.Summary,
                Significance = e.Significance,
                Actors = Links(e.Actors, kb),
                Themes = e.Themes,
                Causes = Links(e.Causes, kb),
                Related = Links(e.Related, kb),
                Notes = [.. kb.NotesOn(e.Id).Select(Link)],
                Sources = Citations(e.Sources, kb),
            },
            Actor a => view with
            {
                Type = a.ActorKind.ToString().ToLowerInvariant(),
                Born = a.Born?.ToString(),
                Died = a.Died?.ToString(),
                Country = a.Country is null ? null : LinkTo(a.Country, kb),
                Summary = a.Summary,
                Roles = [.. a.Roles.Select(r => new RoleJson(r.Office, r.Of, r.From.ToIsoString(), r.To?.ToIsoString(), r.Term, r.Note))],
                Themes = a.Themes,
                Events = [.. kb.EventsInvolving(a.Id).Select(Link)],
                Sources = Citations(a.Sources, kb),
            },
            Historian h => view with
            {
                Type = h.HistorianKind.ToString().ToLowerInvariant(),
                School = h.School is null ? null : LinkTo(h.School, kb),
                Argument = h.Argument,
                Arguments = [.. h.Arguments.Select(x => new ArgumentJson(x.Claim, x.Themes, x.Events))],
                Members = Links(h.Members, kb),
                Themes = h.Themes,
                Sources = Citations(h.Works.Select(w => new SourceRef(w)), kb),
            },
            Term t => view with
            {
                Definition = t.Definition,
                Themes = t.Themes,
                CoinedBy = Links(t.CoinedBy, kb),
                ChampionedBy = Links(t.ChampionedBy, kb),
                Related = Links(t.Related, kb),
                Sources = Citations(t.Sources, kb),
            },
            Source s => view with
            {
                Type = s.SourceType,
                Citation = s.Citation,
                CitedBy = [.. kb.EntriesCiting(s.Id).Select(Link)],
            },
            NoteSection n => view with
            {
                Display = n.Period?.ToString(),
                Themes = n.Themes,
                Events = Links(n.Events, kb),
                SelfReviewQuestions = n.SelfReviewQuestions,
                Markdown = n.Markdown,
            },
            _ => view,
        };
    }

    /// <summary>The view of a theme: its description and its events.</summary>
    public static EntryJson Build(Theme theme, KnowledgeBase kb) => new()
    {
        Kind = "theme",
        Id = theme.Id,
        Title = theme.Title,
        Summary = theme.ThemeDescription,
        Events = [.. kb.Events.Where(e => e.Themes.Contains(theme.Id)).Select(Link)],
        File = theme.Location.File,
        Line = theme.Location.Line,
    };

    private static LinkJson Link(Entry e) => new(e.Id, e.Kind.ToString().ToLowerInvariant(), e.Title);

    private static LinkJson LinkTo(string id, KnowledgeBase kb) =>
        kb.Find(id) is { } e ? Link(e) : new LinkJson(id, "unknown", id);

    private static List<LinkJson> Links(IEnumerable<string> ids, KnowledgeBase kb) => [.. ids.Select(id => LinkTo(id, kb))];

    private static List<CitationJson> Citations(IEnumerable<SourceRef> refs, KnowledgeBase kb) =>
        [.. refs.Select(r => new CitationJson(r.SourceId, r.Pages, kb.Find<Source>(r.SourceId)?.Citation ?? r.SourceId))];
}
