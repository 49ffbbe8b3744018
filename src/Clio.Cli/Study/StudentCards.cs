using Clio.Revision;
using Clio.Revision.Planning;
using Clio.Scheduling;
using Clio.Storage;

namespace Clio.Cli.Study;

/// <summary>
/// The deck of the pack joined with one student's stored memory of it: a card the student has never answered is
/// new; any other has the scheduler state its last answer left.
/// </summary>
internal sealed class StudentCards
{
    private readonly Dictionary<string, StoredCard> _stored;

    public StudentCards(IReadOnlyList<Card> deck, RevisionStore store, string packId)
    {
        Deck = deck;
        PackId = packId;
        _stored = store.GetCards(packId).ToDictionary(c => c.CardId, StringComparer.Ordinal);
    }

    public IReadOnlyList<Card> Deck { get; }

    public string PackId { get; }

    /// <summary>How many cards of the deck the student has answered at least once.</summary>
    public int SeenCount => Deck.Count(c => _stored.ContainsKey(c.Id));

    /// <summary>The card's scheduler state, or a new card due now.</summary>
    public SchedulingCard State(Card card, DateTimeOffset now) =>
        _stored.TryGetValue(card.Id, out var stored) ? stored.Scheduling : SchedulingCard.New(now);

    /// <summary>Whether the student has answered this card before.</summary>
    public bool IsSeen(Card card) => _stored.ContainsKey(card.Id);

    /// <summary>Updates the cached state after a review has been recorded.</summary>
    public void Update(Card card, SchedulingCard state) =>
        _stored[card.Id] = new StoredCard(card.Id, PackId, state);

    /// <summary>The chance of recalling the card now, or null for a card never answered.</summary>
    public double? Retrievability(Card card, Scheduler scheduler, DateTimeOffset now) =>
        _stored.TryGetValue(card.Id, out var stored) && stored.Scheduling.State != CardState.New
            ? scheduler.Retrievability(stored.Scheduling, now)
            : null;

    /// <summary>The deck as the exam planner sees it: unseen cards are new, the rest carry their memory.</summary>
    public IReadOnlyList<ExamCard> ForExam() =>
        [.. Deck.Select(card => _stored.TryGetValue(card.Id, out var stored) && stored.Scheduling is { State: not CardState.New, LastReview: { } last } s
            ? ExamCard.Seen(card.Id, s.Memory, DateOnly.FromDateTime(last.UtcDateTime))
            : ExamCard.New(card.Id))];
}
