using Clio.Scheduling;

namespace Clio.Storage;

/// <summary>The stored scheduling state of one card, as its last recorded review left it.</summary>
/// <param name="CardId">The card's id, unique across packs.</param>
/// <param name="PackId">The id of the pack the card comes from.</param>
/// <param name="Scheduling">The scheduler's state of the card.</param>
public sealed record StoredCard(string CardId, string PackId, SchedulingCard Scheduling);
