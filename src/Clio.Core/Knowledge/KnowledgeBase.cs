using System.Collections.Frozen;
using Clio.Text;

namespace Clio.Knowledge;

/// <summary>
/// A loaded, validated pack: every entry by id, events in date order, and the links between entries. Built once
/// by the pack loader and never changed, so one instance can serve any number of threads.
/// </summary>
public sealed class KnowledgeBase
{
    private readonly FrozenDictionary<string, Entry> _byId;
    private readonly FrozenDictionary<string, Theme> _themes;
    private readonly FrozenDictionary<string, Event[]> _eventsByActor;
    private readonly FrozenDictionary<string, Entry[]> _citing;
    private readonly FrozenDictionary<string, AuthoredLesson> _lessons;
    private readonly FrozenDictionary<string, Scenario> _scenarios;

    /// <summary>Builds a knowledge base from entries whose ids are unique and whose references resolve.</summary>
    /// <exception cref="ArgumentException">Two entries share an id.</exception>
    public KnowledgeBase(
        PackInfo pack,
        IEnumerable<Theme> themes,
        IEnumerable<Event> events,
        IEnumerable<Actor> actors,
        IEnumerable<Historian> historians,
        IEnumerable<Term> terms,
        IEnumerable<Source> sources,
        IEnumerable<NoteSection> notes,
        IEnumerable<MarkScheme>? schemes = null,
        IEnumerable<Question>? questions = null,
        IEnumerable<Misconception>? misconceptions = null,
        IEnumerable<AuthoredCard>? cards = null,
        IEnumerable<AuthoredLesson>? lessons = null,
        IEnumerable<Scenario>? scenarios = null)
    {
        Pack = pack;
        Themes = [.. themes];
        Events = [.. events.OrderBy(e => e.Date).ThenBy(e => e.Id, StringComparer.Ordinal)];
        Actors = [.. actors.OrderBy(a => a.Id, StringComparer.Ordinal)];
        Historians = [.. historians.OrderBy(h => h.Id, StringComparer.Ordinal)];
        Terms = [.. terms.OrderBy(t => t.Title, StringComparer.OrdinalIgnoreCase)];
        Sources = [.. sources.OrderBy(s => s.Id, StringComparer.Ordinal)];
        Notes = [.. notes.OrderBy(n => n.Order).ThenBy(n => n.Id, StringComparer.Ordinal)];
        Schemes = [.. (schemes ?? []).OrderBy(s => s.Id, StringComparer.Ordinal)];
        Questions = [.. questions ?? []];
        Misconceptions = [.. (misconceptions ?? []).OrderBy(m => m.Id, StringComparer.Ordinal)];
        AuthoredCards = [.. cards ?? []];
        Scenarios = [.. scenarios ?? []];
        var order = Notes.Select((n, i) => (n.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        Lessons = [.. (lessons ?? []).OrderBy(l => order.GetValueOrDefault(l.Section, int.MaxValue)).ThenBy(l => l.Section, StringComparer.Ordinal)];
        _lessons = Lessons.ToFrozenDictionary(l => l.Section, StringComparer.Ordinal);
        _scenarios = Scenarios.ToFrozenDictionary(s => s.Id, StringComparer.Ordinal);

        All = [.. Events, .. Actors, .. Historians, .. Terms, .. Sources, .. Notes, .. Questions, .. Schemes, .. Misconceptions];
        _byId = All.ToFrozenDictionary(e => e.Id, StringComparer.Ordinal);
        _themes = Themes.ToFrozenDictionary(t => t.Id, StringComparer.Ordinal);

        _eventsByActor = Events
            .SelectMany(e => e.Actors.Distinct(StringComparer.Ordinal).Select(a => (Actor: a, Event: e)))
            .GroupBy(p => p.Actor, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(p => p.Event).ToArray(), StringComparer.Ordinal);

        _citing = All
            .SelectMany(e => CitedSources(e).Select(s => (Source: s, Entry: e)))
            .GroupBy(p => p.Source, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(p => p.Entry).Distinct().ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The pack's metadata.</summary>
    public PackInfo Pack { get; }

    /// <summary>The pack's themes, in the order written.</summary>
    public IReadOnlyList<Theme> Themes { get; }

    /// <summary>Every event, in date order.</summary>
    public IReadOnlyList<Event> Events { get; }

    /// <summary>Every actor, by id.</summary>
    public IReadOnlyList<Actor> Actors { get; }

    /// <summary>Every historian and school, by id.</summary>
    public IReadOnlyList<Historian> Historians { get; }

    /// <summary>Every glossary term, alphabetically.</summary>
    public IReadOnlyList<Term> Terms { get; }

    /// <summary>The bibliography, by id.</summary>
    public IReadOnlyList<Source> Sources { get; }

    /// <summary>The study-note sections, in course order.</summary>
    public IReadOnlyList<NoteSection> Notes { get; }

    /// <summary>The mark schemes, by id.</summary>
    public IReadOnlyList<MarkScheme> Schemes { get; }

    /// <summary>The exam questions, in the order written.</summary>
    public IReadOnlyList<Question> Questions { get; }

    /// <summary>The known misconceptions, by id.</summary>
    public IReadOnlyList<Misconception> Misconceptions { get; }

    /// <summary>The flashcards the pack's author wrote, in the order written.</summary>
    public IReadOnlyList<AuthoredCard> AuthoredCards { get; }

    /// <summary>The authored lessons, at most one per notes section, in course order.</summary>
    public IReadOnlyList<AuthoredLesson> Lessons { get; }

    /// <summary>The decision scenarios, in the order written.</summary>
    public IReadOnlyList<Scenario> Scenarios { get; }

    /// <summary>Every entry of every kind but themes, which have ids of their own.</summary>
    public IReadOnlyList<Entry> All { get; }

    /// <summary>The entry with the given id, or null.</summary>
    public Entry? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The theme with the given id, or null.</summary>
    public Theme? FindTheme(string id) => _themes.GetValueOrDefault(id);

    /// <summary>The entry with the given id and type, or null.</summary>
    public T? Find<T>(string id)
        where T : Entry => _byId.GetValueOrDefault(id) as T;

    /// <summary>The authored lesson of a notes section, or null when the pack has none for it.</summary>
    public AuthoredLesson? LessonFor(string sectionId) => _lessons.GetValueOrDefault(sectionId);

    /// <summary>The scenario with the given id, or null.</summary>
    public Scenario? FindScenario(string id) => _scenarios.GetValueOrDefault(id);

    /// <summary>The events an actor took part in, in date order.</summary>
    public IReadOnlyList<Event> EventsInvolving(string actorId) =>
        _eventsByActor.TryGetValue(actorId, out var events) ? events : [];

    /// <summary>The entries that cite a source.</summary>
    public IReadOnlyList<Entry> EntriesCiting(string sourceId) =>
        _citing.TryGetValue(sourceId, out var entries) ? entries : [];

    /// <summary>The note sections that rest on an event.</summary>
    public IReadOnlyList<NoteSection> NotesOn(string eventId) =>
        [.. Notes.Where(n => n.Events.Contains(eventId, StringComparer.Ordinal))];

    /// <summary>The ids nearest to a mistyped one, best first: for "did you mean" hints.</summary>
    public IReadOnlyList<string> Suggest(string id, int max = 3) => Suggestions.Nearest(id, _byId.Keys, max);

    /// <summary>The ids an entry links to: actors, causes, related entries, events, works and so on.</summary>
    public static IEnumerable<string> LinksFrom(Entry entry) => entry switch
    {
        Event e => [.. e.Actors, .. e.SignedBy, .. e.Causes, .. e.Related],
        Actor a => a.Roles.Where(r => r.Of is not null).Select(r => r.Of!).Concat(a.Country is null ? [] : [a.Country]),
        Historian h => [.. h.Members, .. h.Arguments.SelectMany(x => x.Events), .. h.School is null ? [] : new[] { h.School }],
        Term t => [.. t.CoinedBy, .. t.ChampionedBy, .. t.Related],
        NoteSection n => [.. n.Events, .. n.Links],
        Question q => q.Points.SelectMany(p => p.Entries).Append(q.SchemeId),
        Misconception m => m.Entries,
        _ => [],
    };

    private static IEnumerable<string> CitedSources(Entry entry) => entry switch
    {
        Event e => e.Sources.Select(s => s.SourceId),
        Actor a => a.Sources.Select(s => s.SourceId),
        Term t => t.Sources.Select(s => s.SourceId),
        Historian h => h.Works,
        Misconception m => m.Sources.Select(s => s.SourceId),
        _ => [],
    };
}
