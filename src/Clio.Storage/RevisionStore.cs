using Microsoft.Data.Sqlite;

namespace Clio.Storage;

/// <summary>
/// One student's revision data in an SQLite file, <c>clio.db</c>, inside a data folder: the scheduling state of every
/// card reviewed, the log of every answer, settings and the exam date.
/// </summary>
/// <remarks>
/// <para>Durability: the file is in WAL mode with <c>synchronous=FULL</c>. <see cref="RecordReview"/> returns only
/// after its transaction has committed, and with FULL the commit has been synced to disk: an acknowledged review
/// survives the process being killed and the machine losing power. (NORMAL would survive a killed process but could
/// lose the last commits on power loss; an fsync per answer costs milliseconds, and a student answers at most one
/// card every few seconds.)</para>
/// <para>Times are stored as ISO-8601 UTC text with seven fractional digits (<c>2026-03-01T09:30:00.0000000Z</c>):
/// readable in any SQLite tool, ordered as text, and exact to the tick, so values read back equal those written.
/// Everything read back is in UTC (offset zero).</para>
/// <para>Thread-safe: one connection, used by one thread at a time. Other processes may open the same file; SQLite
/// serialises their writes, and a writer waits up to five seconds for another's lock.</para>
/// <para>Failures the user can meet (a file that is not Clio's, damaged or newer, a full disk, no permission) throw
/// <see cref="StoreFailure"/> with a one-line message; bad arguments throw argument exceptions.</para>
/// </remarks>
public sealed partial class RevisionStore : IDisposable
{
    /// <summary>The name of the database file inside the data folder.</summary>
    public const string FileName = "clio.db";

    /// <summary>SQLite's <c>application_id</c> of a Clio database: the ASCII bytes of "Clio".</summary>
    public const int ApplicationId = 0x436C696F;

    /// <summary>How long, in milliseconds, a write waits for another connection's lock before failing.</summary>
    public const int BusyTimeoutMilliseconds = 5000;

    private readonly SqliteConnection _connection;
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();
    private bool _disposed;

    private RevisionStore(SqliteConnection connection, string filePath, TimeProvider time)
    {
        _connection = connection;
        FilePath = filePath;
        _time = time;
    }

    /// <summary>The schema version this Clio writes: SQLite's <c>user_version</c> of an up-to-date file.</summary>
    public static int SchemaVersion => Schema.Migrations.Length;

    /// <summary>The full path of the database file.</summary>
    public string FilePath { get; }

    /// <summary>
    /// Opens the store in <paramref name="dataDirectory"/>, creating the folder and an empty database if there is
    /// none, and bringing an older schema up to date.
    /// </summary>
    /// <param name="dataDirectory">The data folder; <see cref="DataFolder.Default"/> gives the user's own.</param>
    /// <param name="timeProvider">The clock that stamps when rows were recorded and settings changed.</param>
    /// <exception cref="StoreFailure">The file is not a Clio database, is damaged, is newer than this Clio, or cannot
    /// be opened.</exception>
    public static RevisionStore Open(string dataDirectory, TimeProvider timeProvider) =>
        Open(dataDirectory, timeProvider, Schema.Migrations);

    /// <summary>Opens the store with the given migrations, so tests can try the migration machinery.</summary>
    internal static RevisionStore Open(string dataDirectory, TimeProvider timeProvider, IReadOnlyList<string> migrations)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dataDirectory);
        ArgumentNullException.ThrowIfNull(timeProvider);
        var directory = Path.GetFullPath(dataDirectory);
        var path = Path.Combine(directory, FileName);
        try
        {
            Directory.CreateDirectory(directory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StoreFailure(
                StoreFailureKind.Unavailable, $"cannot create the data folder {directory}: {OneLine(e.Message)}", e);
        }

        if (Directory.Exists(path))
        {
            throw new StoreFailure(StoreFailureKind.NotClioDatabase, $"the data file {path} is a folder, not a Clio database");
        }

        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            // No pool: Dispose really closes the file, which checkpoints the WAL and lets the folder be moved.
            Pooling = false,
        }.ToString();
        var connection = new SqliteConnection(connectionString);
        try
        {
            connection.Open();
            Execute(connection, $"PRAGMA busy_timeout = {BusyTimeoutMilliseconds}");
            // Check whose file this is before changing anything in it (WAL mode is written into the file).
            var applicationId = (int)Scalar<long>(connection, "PRAGMA application_id");
            var version = (int)Scalar<long>(connection, "PRAGMA user_version");
            var objects = Scalar<long>(connection, "SELECT count(*) FROM sqlite_schema");
            var fresh = applicationId == 0 && version == 0 && objects == 0;
            if (!fresh && applicationId != ApplicationId)
            {
                throw NotClio(path);
            }

            if (version > migrations.Count)
            {
                throw new StoreFailure(
                    StoreFailureKind.NewerSchema,
                    $"the data file {path} was written by a newer Clio (schema {version}; this Clio reads up to {migrations.Count})");
            }

            Execute(connection, "PRAGMA journal_mode = WAL");
            Execute(connection, "PRAGMA synchronous = FULL");
            Schema.Migrate(connection, migrations, version);
            return new RevisionStore(connection, path, timeProvider);
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw Translate(e, path);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Runs SQLite's <c>PRAGMA integrity_check</c>: an empty list when the file is sound, otherwise SQLite's
    /// description of each problem (or of the damage that stopped the check). Reads the whole file, so it takes time
    /// in proportion to its size.
    /// </summary>
    public IReadOnlyList<string> CheckIntegrity()
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var problems = new List<string>();
            try
            {
                using var command = Command(_connection, "PRAGMA integrity_check");
                using var reader = command.ExecuteReader();
                while (reader.Read())
                {
                    problems.Add(reader.GetString(0));
                }
            }
            catch (SqliteException e) when ((e.SqliteErrorCode & 0xFF) is 11 or 26)
            {
                problems.Add(OneLine(e.Message));
            }

            return problems is ["ok"] ? [] : problems;
        }
    }

    /// <summary>The value of a pragma on this store's own connection (some, like <c>synchronous</c>, are per
    /// connection), so tests can check how the store set it up.</summary>
    internal object? ReadPragma(string name) => Locked(connection =>
    {
        using var command = Command(connection, $"PRAGMA {name}");
        return command.ExecuteScalar();
    });

    /// <summary>Closes the file. Later calls on this store throw <see cref="ObjectDisposedException"/>.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            if (!_disposed)
            {
                _disposed = true;
                _connection.Dispose();
            }
        }
    }

    private T Locked<T>(Func<SqliteConnection, T> operation)
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            try
            {
                return operation(_connection);
            }
            catch (SqliteException e)
            {
                throw Translate(e, FilePath);
            }
            catch (Exception e) when (e is FormatException or InvalidCastException or OverflowException)
            {
                throw new StoreFailure(
                    StoreFailureKind.Damaged,
                    $"the data file {FilePath} holds a value Clio cannot read ({OneLine(e.Message)})",
                    e);
            }
        }
    }

    private static StoreFailure NotClio(string path) =>
        new(StoreFailureKind.NotClioDatabase, $"the data file {path} is not a Clio database");

    /// <summary>Turns SQLite's error into a one-line failure that names the file.</summary>
    internal static StoreFailure Translate(SqliteException e, string path)
    {
        // The primary result code is the low byte of an extended one.
        var message = (e.SqliteErrorCode & 0xFF) switch
        {
            26 => null, // SQLITE_NOTADB
            11 => $"the data file {path} is damaged ({OneLine(e.Message)}); move it away or restore a backup",
            5 or 6 => $"the data file {path} is locked by another program; try again when it has finished",
            8 => $"the data file {path} is read-only",
            13 => $"the disk holding {path} is full",
            14 => $"cannot open the data file {path}",
            10 => $"cannot read or write the data file {path} (disk I/O error)",
            _ => $"the data file {path} could not be used: {OneLine(e.Message)}",
        };
        return message is null
            ? new StoreFailure(StoreFailureKind.NotClioDatabase, NotClio(path).Message, e)
            : new StoreFailure(
                (e.SqliteErrorCode & 0xFF) == 11 ? StoreFailureKind.Damaged : StoreFailureKind.Unavailable, message, e);
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ").Trim();

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static T Scalar<T>(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (T)command.ExecuteScalar()!;
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }
}
