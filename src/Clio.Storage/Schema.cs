using System.Collections.Immutable;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Clio.Storage;

/// <summary>
/// The database schema as a list of migrations. Migration <c>i</c> (0-based) takes a database from schema version
/// <c>i</c> to <c>i + 1</c>; the version is SQLite's <c>user_version</c>. Each migration runs in its own
/// transaction together with the version bump, so a failure leaves the file at the version before it.
/// Never edit a released migration: append a new one.
/// </summary>
internal static class Schema
{
    /// <summary>
    /// Version 1. Times are ISO-8601 UTC text (see <see cref="StoredTime"/>); card states are the numbers of
    /// <c>CardState</c>; ratings 1 (Again) to 4 (Easy).
    /// </summary>
    private const string Version1 = """
        CREATE TABLE cards (
            card_id     TEXT PRIMARY KEY NOT NULL,
            pack_id     TEXT NOT NULL,
            state       INTEGER NOT NULL CHECK (state BETWEEN 0 AND 3),
            step        INTEGER NOT NULL CHECK (step >= 0),
            stability   REAL NOT NULL CHECK (stability >= 0),
            difficulty  REAL NOT NULL CHECK (difficulty >= 0),
            due         TEXT NOT NULL,
            last_review TEXT,
            reps        INTEGER NOT NULL CHECK (reps >= 0),
            lapses      INTEGER NOT NULL CHECK (lapses >= 0)
        ) STRICT, WITHOUT ROWID;
        CREATE INDEX cards_due ON cards (due);
        CREATE INDEX cards_pack_due ON cards (pack_id, due);

        CREATE TABLE review_log (
            id               INTEGER PRIMARY KEY AUTOINCREMENT,
            card_id          TEXT NOT NULL,
            pack_id          TEXT NOT NULL,
            kind             TEXT NOT NULL CHECK (kind IN ('review', 'quiz')),
            rating           INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),
            reviewed_at      TEXT NOT NULL,
            elapsed_days     REAL NOT NULL CHECK (elapsed_days >= 0),
            duration_ms      INTEGER CHECK (duration_ms >= 0),
            state_before     INTEGER NOT NULL CHECK (state_before BETWEEN 0 AND 3),
            state_after      INTEGER NOT NULL CHECK (state_after BETWEEN 0 AND 3),
            stability_after  REAL NOT NULL,
            difficulty_after REAL NOT NULL,
            due_after        TEXT NOT NULL,
            recorded_at      TEXT NOT NULL
        ) STRICT;
        CREATE INDEX review_log_time ON review_log (reviewed_at, id);
        CREATE INDEX review_log_card ON review_log (card_id, reviewed_at);

        CREATE TABLE settings (
            key        TEXT PRIMARY KEY NOT NULL,
            value      TEXT NOT NULL,
            updated_at TEXT NOT NULL
        ) STRICT, WITHOUT ROWID;

        CREATE TABLE exam (
            id               INTEGER PRIMARY KEY CHECK (id = 1),
            date             TEXT NOT NULL,
            target_retention REAL NOT NULL CHECK (target_retention > 0 AND target_retention < 1),
            updated_at       TEXT NOT NULL
        ) STRICT;
        """;

    /// <summary>Every migration, oldest first; the schema version is their count.</summary>
    public static ImmutableArray<string> Migrations { get; } = [Version1];

    /// <summary>Brings the database from <paramref name="current"/> to the last of <paramref name="migrations"/>.</summary>
    public static void Migrate(SqliteConnection connection, IReadOnlyList<string> migrations, int current)
    {
        for (var version = current; version < migrations.Count; version++)
        {
            using var transaction = connection.BeginTransaction();
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = migrations[version];
            command.ExecuteNonQuery();
            // Both pragmas write the file header inside the transaction, so they roll back with the migration.
            command.CommandText = string.Create(
                CultureInfo.InvariantCulture,
                $"PRAGMA application_id = {RevisionStore.ApplicationId}; PRAGMA user_version = {version + 1};");
            command.ExecuteNonQuery();
            transaction.Commit();
        }
    }
}
