using System.Runtime.CompilerServices;
using Clio.Dates;
using Clio.Knowledge;

namespace Clio.Revision;

/// <summary>
/// What the revision engines work out once per knowledge base and share: the pack's period, the prose statistics,
/// each event's wording, and which notes section each entry belongs to. Built lazily, never changed afterwards.
/// </summary>
internal sealed class RevisionContext
{
    private static readonly ConditionalWeakTable<KnowledgeBase, RevisionContext> Cache = [];

    private readonly Dictionary<string, EventWording> _wordings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _eventSections = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<NoteSection>> _linkingNotes = new(StringComparer.Ordinal);

    private RevisionContext(KnowledgeBase kb)
    {
        Kb = kb;
        Prose = new Prose(kb);
        Period = PackPeriod(kb);
        foreach (var note in kb.Notes)
        {
            foreach (var id in note.Events)
            {
                _eventSections.TryAdd(id, note.Id);
            }

            foreach (var id in note.Links.Concat(note.Events).Distinct(StringComparer.Ordinal))
            {
                if (!_linkingNotes.TryGetValue(id, out var notes))
                {
                    _linkingNotes[id] = notes = [];
                }

                notes.Add(note);
            }
        }

        foreach (var ev in kb.Events)
        {
            _wordings[ev.Id] = EventWording.Create(ev, this);
        }
    }

    public KnowledgeBase Kb { get; }

    public Prose Prose { get; }

    /// <summary>The period the pack covers: its stated period, or the span of its events when that cannot be read.</summary>
    public HistoricalDate Period { get; }

    public static RevisionContext For(KnowledgeBase kb) => Cache.GetValue(kb, k => new RevisionContext(k));

    public EventWording Wording(Event ev) => _wordings[ev.Id];

    /// <summary>The notes section that lists an event, the first in course order.</summary>
    public string? SectionOfEvent(string eventId) => _eventSections.GetValueOrDefault(eventId);

    /// <summary>
    /// The notes section an entry belongs to: the one that lists it as an event, else the first that links to it
    /// whose period covers <paramref name="when"/>, else the first that links to it at all.
    /// </summary>
    public string? SectionOf(string entryId, HistoricalDate? when = null)
    {
        if (_eventSections.TryGetValue(entryId, out var section))
        {
            return section;
        }

        if (!_linkingNotes.TryGetValue(entryId, out var notes))
        {
            return null;
        }

        if (when is { } date && notes.FirstOrDefault(n => n.Period is { } p && p.Overlaps(date)) is { } covering)
        {
            return covering.Id;
        }

        return notes[0].Id;
    }

    /// <summary>The notes sections that mention an entry, as an event or a link.</summary>
    public IReadOnlyList<NoteSection> NotesMentioning(string entryId) =>
        _linkingNotes.TryGetValue(entryId, out var notes) ? notes : [];

    private static HistoricalDate PackPeriod(KnowledgeBase kb)
    {
        if (HistoricalDate.TryParse(kb.Pack.Period, out var period))
        {
            return period;
        }

        if (kb.Events.Count == 0)
        {
            return HistoricalDate.FromYear(1);
        }

        var first = kb.Events.Min(e => e.Date.Earliest);
        var last = kb.Events.Max(e => e.Date.Latest);
        return HistoricalDate.Range(HistoricalDate.FromYear(first.Year), HistoricalDate.FromYear(last.Year));
    }
}
