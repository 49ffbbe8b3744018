using System.Globalization;
using Clio.Scheduling;
using Microsoft.Data.Sqlite;

namespace Clio.Storage;

public sealed partial class RevisionStore
{
    private const string CardColumns =
        "card_id, pack_id, state, step, stability, difficulty, due, last_review, reps, lapses";

    private const string LogColumns =
        "id, card_id, pack_id, kind, rating, reviewed_at, elapsed_days, duration_ms, state_before, state_after, " +
        "stability_after, difficulty_after, due_after, recorded_at";

    /// <summary>The stored state of one card; null if it has never been answered (it is new).</summary>
    public StoredCard? GetCard(string cardId)
    {
        ArgumentException.ThrowIfNullOrEmpty(cardId);
        return Locked(connection =>
        {
            using var command = Command(connection, $"SELECT {CardColumns} FROM cards WHERE card_id = $id");
            command.Parameters.AddWithValue("$id", cardId);
            using var reader = command.ExecuteReader();
            return reader.Read() ? ReadCard(reader) : null;
        });
    }

    /// <summary>
    /// Every stored card, or only those of one pack, in card-id order (ordinal). Cards never answered are not
    /// stored; the caller treats them as new.
    /// </summary>
    public IReadOnlyList<StoredCard> GetCards(string? packId = null) => Locked(connection =>
    {
        using var command = Command(
            connection,
            packId is null
                ? $"SELECT {CardColumns} FROM cards ORDER BY card_id"
                : $"SELECT {CardColumns} FROM cards WHERE pack_id = $pack ORDER BY card_id");
        if (packId is not null)
        {
            command.Parameters.AddWithValue("$pack", packId);
        }

        return ReadCards(command);
    });

    /// <summary>
    /// Up to <paramref name="limit"/> stored cards due at or before <paramref name="now"/>, most overdue first
    /// (ties by card id), optionally of one pack only.
    /// </summary>
    public IReadOnlyList<StoredCard> GetDue(DateTimeOffset now, int limit, string? packId = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        return Locked(connection =>
        {
            using var command = Command(
                connection,
                $"SELECT {CardColumns} FROM cards WHERE due <= $now {PackFilter(packId)} ORDER BY due, card_id LIMIT $limit");
            command.Parameters.AddWithValue("$now", StoredTime.Write(now));
            command.Parameters.AddWithValue("$limit", limit);
            AddPack(command, packId);
            return ReadCards(command);
        });
    }

    /// <summary>How many stored cards are due at or before <paramref name="now"/>, optionally of one pack only.</summary>
    public int CountDue(DateTimeOffset now, string? packId = null) => Locked(connection =>
    {
        using var command = Command(connection, $"SELECT count(*) FROM cards WHERE due <= $now {PackFilter(packId)}");
        command.Parameters.AddWithValue("$now", StoredTime.Write(now));
        AddPack(command, packId);
        return (int)(long)command.ExecuteScalar()!;
    });

    /// <summary>
    /// Records one answer: appends it to the review log and replaces the card's stored state with
    /// <see cref="ReviewRecord.After"/>, both in one transaction. Returns only once the transaction has committed and
    /// reached the disk, so a review whose id has been returned is never lost.
    /// </summary>
    /// <returns>The new log row's id: positive and greater than every id before it.</returns>
    /// <exception cref="ArgumentException">A field of <paramref name="review"/> is out of its range.</exception>
    /// <exception cref="StoreFailure">The file could not be written (full disk, lock held too long, permissions).
    /// Nothing was recorded.</exception>
    public long RecordReview(ReviewRecord review)
    {
        Validate(review);
        var after = review.After;
        return Locked(connection =>
        {
            using var transaction = connection.BeginTransaction();
            long id;
            using (var insert = Command(
                connection,
                """
                INSERT INTO review_log (card_id, pack_id, kind, rating, reviewed_at, elapsed_days, duration_ms,
                    state_before, state_after, stability_after, difficulty_after, due_after, recorded_at)
                VALUES ($card, $pack, $kind, $rating, $at, $elapsed, $duration,
                    $before, $state, $stability, $difficulty, $due, $recorded)
                RETURNING id
                """,
                transaction))
            {
                insert.Parameters.AddWithValue("$card", review.CardId);
                insert.Parameters.AddWithValue("$pack", review.PackId);
                insert.Parameters.AddWithValue("$kind", KindText(review.Kind));
                insert.Parameters.AddWithValue("$rating", (int)review.Rating);
                insert.Parameters.AddWithValue("$at", StoredTime.Write(review.ReviewedAt));
                insert.Parameters.AddWithValue("$elapsed", review.ElapsedDays);
                insert.Parameters.AddWithValue(
                    "$duration",
                    review.Duration is { } d ? (long)Math.Round(d.TotalMilliseconds) : DBNull.Value);
                insert.Parameters.AddWithValue("$before", (int)review.StateBefore);
                insert.Parameters.AddWithValue("$state", (int)after.State);
                insert.Parameters.AddWithValue("$stability", after.Stability);
                insert.Parameters.AddWithValue("$difficulty", after.Difficulty);
                insert.Parameters.AddWithValue("$due", StoredTime.Write(after.Due));
                insert.Parameters.AddWithValue("$recorded", StoredTime.Write(_time.GetUtcNow()));
                id = (long)insert.ExecuteScalar()!;
            }

            using (var upsert = Command(
                connection,
                """
                INSERT INTO cards (card_id, pack_id, state, step, stability, difficulty, due, last_review, reps, lapses)
                VALUES ($card, $pack, $state, $step, $stability, $difficulty, $due, $last, $reps, $lapses)
                ON CONFLICT (card_id) DO UPDATE SET
                    pack_id = excluded.pack_id, state = excluded.state, step = excluded.step,
                    stability = excluded.stability, difficulty = excluded.difficulty, due = excluded.due,
                    last_review = excluded.last_review, reps = excluded.reps, lapses = excluded.lapses
                """,
                transaction))
            {
                upsert.Parameters.AddWithValue("$card", review.CardId);
                upsert.Parameters.AddWithValue("$pack", review.PackId);
                upsert.Parameters.AddWithValue("$state", (int)after.State);
                upsert.Parameters.AddWithValue("$step", after.Step);
                upsert.Parameters.AddWithValue("$stability", after.Stability);
                upsert.Parameters.AddWithValue("$difficulty", after.Difficulty);
                upsert.Parameters.AddWithValue("$due", StoredTime.Write(after.Due));
                upsert.Parameters.AddWithValue(
                    "$last", after.LastReview is { } last ? StoredTime.Write(last) : DBNull.Value);
                upsert.Parameters.AddWithValue("$reps", after.Reps);
                upsert.Parameters.AddWithValue("$lapses", after.Lapses);
                upsert.ExecuteNonQuery();
            }

            transaction.Commit();
            return id;
        });
    }

    /// <summary>
    /// The whole review log in time order: by <see cref="ReviewLogEntry.ReviewedAt"/>, then by id. This is the
    /// order the FSRS optimiser replays reviews in.
    /// </summary>
    public IReadOnlyList<ReviewLogEntry> ReviewLog() => Locked(connection =>
    {
        using var command = Command(connection, $"SELECT {LogColumns} FROM review_log ORDER BY reviewed_at, id");
        return ReadLog(command);
    });

    /// <summary>One card's answers in time order (as <see cref="ReviewLog"/>).</summary>
    public IReadOnlyList<ReviewLogEntry> ReviewLogForCard(string cardId)
    {
        ArgumentException.ThrowIfNullOrEmpty(cardId);
        return Locked(connection =>
        {
            using var command = Command(
                connection, $"SELECT {LogColumns} FROM review_log WHERE card_id = $card ORDER BY reviewed_at, id");
            command.Parameters.AddWithValue("$card", cardId);
            return ReadLog(command);
        });
    }

    /// <summary>How many answers the log holds.</summary>
    public long ReviewCount() => Locked(connection => Scalar<long>(connection, "SELECT count(*) FROM review_log"));

    private static void Validate(ReviewRecord review)
    {
        ArgumentNullException.ThrowIfNull(review);
        ArgumentException.ThrowIfNullOrWhiteSpace(review.CardId, nameof(review));
        ArgumentException.ThrowIfNullOrWhiteSpace(review.PackId, nameof(review));
        Require(Enum.IsDefined(review.Kind), "Kind", review.Kind);
        Require(Enum.IsDefined(review.Rating), "Rating", review.Rating);
        Require(double.IsFinite(review.ElapsedDays) && review.ElapsedDays >= 0, "ElapsedDays", review.ElapsedDays);
        Require(review.Duration is null || review.Duration >= TimeSpan.Zero, "Duration", review.Duration);
        Require(Enum.IsDefined(review.StateBefore), "StateBefore", review.StateBefore);
        var after = review.After;
        Require(Enum.IsDefined(after.State), "After.State", after.State);
        Require(after.Step >= 0, "After.Step", after.Step);
        Require(double.IsFinite(after.Stability) && after.Stability >= 0, "After.Stability", after.Stability);
        Require(double.IsFinite(after.Difficulty) && after.Difficulty >= 0, "After.Difficulty", after.Difficulty);
        Require(after.Reps >= 0, "After.Reps", after.Reps);
        Require(after.Lapses >= 0, "After.Lapses", after.Lapses);
    }

    private static void Require(bool condition, string field, object? value)
    {
        if (!condition)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"ReviewRecord.{field} is out of range: {value}"));
        }
    }

    private static string PackFilter(string? packId) => packId is null ? "" : "AND pack_id = $pack";

    private static void AddPack(SqliteCommand command, string? packId)
    {
        if (packId is not null)
        {
            command.Parameters.AddWithValue("$pack", packId);
        }
    }

    private static string KindText(ReviewKind kind) => kind == ReviewKind.Quiz ? "quiz" : "review";

    private static ReviewKind ReadKind(string text) => text switch
    {
        "review" => ReviewKind.Review,
        "quiz" => ReviewKind.Quiz,
        _ => throw new FormatException($"'{text}' is not a review kind"),
    };

    private static StoredCard ReadCard(SqliteDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        new SchedulingCard(
            (CardState)reader.GetInt32(2),
            reader.GetInt32(3),
            reader.GetDouble(4),
            reader.GetDouble(5),
            StoredTime.Read(reader.GetString(6)),
            reader.IsDBNull(7) ? null : StoredTime.Read(reader.GetString(7)),
            reader.GetInt32(8),
            reader.GetInt32(9)));

    private static List<StoredCard> ReadCards(SqliteCommand command)
    {
        using var reader = command.ExecuteReader();
        var cards = new List<StoredCard>();
        while (reader.Read())
        {
            cards.Add(ReadCard(reader));
        }

        return cards;
    }

    private static List<ReviewLogEntry> ReadLog(SqliteCommand command)
    {
        using var reader = command.ExecuteReader();
        var entries = new List<ReviewLogEntry>();
        while (reader.Read())
        {
            entries.Add(new ReviewLogEntry(
                reader.GetInt64(0),
                reader.GetString(1),
                reader.GetString(2),
                ReadKind(reader.GetString(3)),
                (Rating)reader.GetInt32(4),
                StoredTime.Read(reader.GetString(5)),
                reader.GetDouble(6),
                reader.IsDBNull(7) ? null : TimeSpan.FromMilliseconds(reader.GetInt64(7)),
                (CardState)reader.GetInt32(8),
                (CardState)reader.GetInt32(9),
                reader.GetDouble(10),
                reader.GetDouble(11),
                StoredTime.Read(reader.GetString(12)),
                StoredTime.Read(reader.GetString(13))));
        }

        return entries;
    }
}
