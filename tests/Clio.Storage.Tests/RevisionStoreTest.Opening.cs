namespace Clio.Storage.Tests;

public sealed partial class RevisionStoreTest
{
    [Fact]
    public void Open_EmptyFolder_CreatesAClioDatabaseInWalMode()
    {
        using var folder = new TempFolder();
        var nested = Path.Combine(folder.Path, "a", "b");

        using (var store = RevisionStore.Open(nested, TimeProvider.System))
        {
            Assert.Equal(Path.Combine(nested, RevisionStore.FileName), store.FilePath);
            Assert.Equal("wal", Db.Scalar(store.FilePath, "PRAGMA journal_mode"));
        }

        var file = Path.Combine(nested, RevisionStore.FileName);
        using var connection = Db.Open(file);
        Assert.Equal((long)RevisionStore.ApplicationId, Db.Scalar(connection, "PRAGMA application_id"));
        Assert.Equal((long)RevisionStore.SchemaVersion, Db.Scalar(connection, "PRAGMA user_version"));
        Assert.Equal(
            ["cards", "exam", "review_log", "settings", "sqlite_sequence"],
            Db.Column(connection, "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name"));
    }

    [Fact]
    public void Open_ConnectionSettings_AreFullSyncAndABusyTimeout()
    {
        using var folder = new TempFolder();
        using var store = RevisionStore.Open(folder.Path, TimeProvider.System);

        Assert.Equal(2L, store.ReadPragma("synchronous")); // 2 = FULL
        Assert.Equal((long)RevisionStore.BusyTimeoutMilliseconds, store.ReadPragma("busy_timeout"));
        Assert.Equal("wal", store.ReadPragma("journal_mode"));
    }

    [Fact]
    public void Open_Again_KeepsEverything()
    {
        using var folder = new TempFolder();
        using (var store = RevisionStore.Open(folder.Path, TimeProvider.System))
        {
            store.RecordReview(Reviews.Make("c1", Reviews.T0));
            store.SetSetting("k", "v");
        }

        using var reopened = RevisionStore.Open(folder.Path, TimeProvider.System);
        Assert.NotNull(reopened.GetCard("c1"));
        Assert.Equal("v", reopened.GetSetting("k"));
        Assert.Equal(1, reopened.ReviewCount());
    }

    [Theory]
    [InlineData("hello, this is not a database\n")]
    [InlineData("SQLite format 3")]
    public void Open_TextFile_FailsAsNotAClioDatabase(string content)
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.DataFile, content);

        var failure = Assert.Throws<StoreFailure>(() => RevisionStore.Open(folder.Path, TimeProvider.System));

        Assert.Equal(StoreFailureKind.NotClioDatabase, failure.Kind);
        Assert.Equal($"the data file {folder.DataFile} is not a Clio database", failure.Message);
        Assert.Equal(content, File.ReadAllText(folder.DataFile));
    }

    [Fact]
    public void Open_RandomBytes_FailsAsNotAClioDatabase()
    {
        using var folder = new TempFolder();
        var bytes = new byte[8192];
        new Random(7).NextBytes(bytes);
        File.WriteAllBytes(folder.DataFile, bytes);

        var failure = Assert.Throws<StoreFailure>(() => RevisionStore.Open(folder.Path, TimeProvider.System));

        Assert.Equal(StoreFailureKind.NotClioDatabase, failure.Kind);
        Assert.DoesNotContain('\n', failure.Message);
    }

    [Fact]
    public void Open_AnotherProgramsSqliteFile_FailsAndLeavesItUntouched()
    {
        using var folder = new TempFolder();
        Db.Execute(folder.DataFile, "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT); INSERT INTO notes VALUES (1, 'x')");
        var before = File.ReadAllBytes(folder.DataFile);

        var failure = Assert.Throws<StoreFailure>(() => RevisionStore.Open(folder.Path, TimeProvider.System));

        Assert.Equal(StoreFailureKind.NotClioDatabase, failure.Kind);
        Assert.Equal(before, File.ReadAllBytes(folder.DataFile));
    }

    [Fact]
    public void Open_DataFileIsAFolder_Fails()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.DataFile);

        var failure = Assert.Throws<StoreFailure>(() => RevisionStore.Open(folder.Path, TimeProvider.System));

        Assert.Equal(StoreFailureKind.NotClioDatabase, failure.Kind);
    }

    [Fact]
    public void Open_NewerSchema_FailsAndSaysSo()
    {
        using var folder = new TempFolder();
        RevisionStore.Open(folder.Path, TimeProvider.System).Dispose();
        Db.Execute(folder.DataFile, "PRAGMA user_version = 99");

        var failure = Assert.Throws<StoreFailure>(() => RevisionStore.Open(folder.Path, TimeProvider.System));

        Assert.Equal(StoreFailureKind.NewerSchema, failure.Kind);
        Assert.Equal(
            $"the data file {folder.DataFile} was written by a newer Clio (schema 99; this Clio reads up to {RevisionStore.SchemaVersion})",
            failure.Message);
    }

    [Fact]
    public void Reading_DamagedPages_FailsAsDamagedInOneLine()
    {
        using var folder = new TempFolder();
        using (var store = RevisionStore.Open(folder.Path, TimeProvider.System))
        {
            for (var i = 0; i < 300; i++)
            {
                store.RecordReview(Reviews.Make($"card-{i}", Reviews.T0.AddMinutes(i)));
            }
        }

        // Page 1 (the header and the schema) stays sound, so the file opens; every page after it is overwritten.
        var bytes = File.ReadAllBytes(folder.DataFile);
        var pageSize = (bytes[16] << 8) | bytes[17];
        for (var i = pageSize; i < bytes.Length; i++)
        {
            bytes[i] = 0xA5;
        }

        File.WriteAllBytes(folder.DataFile, bytes);
        using var damaged = RevisionStore.Open(folder.Path, TimeProvider.System);

        var failure = Assert.Throws<StoreFailure>(() => damaged.GetCards());
        Assert.Equal(StoreFailureKind.Damaged, failure.Kind);
        Assert.StartsWith($"the data file {folder.DataFile} is damaged", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', failure.Message);
        Assert.NotEmpty(damaged.CheckIntegrity());
    }

    [Fact]
    public void Migrate_NewMigration_RunsOnceOnAnOlderFile()
    {
        using var folder = new TempFolder();
        RevisionStore.Open(folder.Path, TimeProvider.System).Dispose();
        string[] migrations = [.. Schema.Migrations, "CREATE TABLE extra (x INTEGER) STRICT;"];

        RevisionStore.Open(folder.Path, TimeProvider.System, migrations).Dispose();
        RevisionStore.Open(folder.Path, TimeProvider.System, migrations).Dispose();

        Assert.Equal((long)migrations.Length, Db.Scalar(folder.DataFile, "PRAGMA user_version"));
        Assert.Equal(1L, Db.Scalar(folder.DataFile, "SELECT count(*) FROM sqlite_schema WHERE name = 'extra'"));
    }

    [Fact]
    public void Migrate_FailingMigration_LeavesTheVersionAndTablesAsTheyWere()
    {
        using var folder = new TempFolder();
        RevisionStore.Open(folder.Path, TimeProvider.System).Dispose();
        string[] migrations = [.. Schema.Migrations, "CREATE TABLE half (x INTEGER); CREATE TABLE broken (;"];

        Assert.Throws<StoreFailure>(() => RevisionStore.Open(folder.Path, TimeProvider.System, migrations));

        Assert.Equal((long)RevisionStore.SchemaVersion, Db.Scalar(folder.DataFile, "PRAGMA user_version"));
        Assert.Equal(0L, Db.Scalar(folder.DataFile, "SELECT count(*) FROM sqlite_schema WHERE name = 'half'"));
        RevisionStore.Open(folder.Path, TimeProvider.System).Dispose();
    }

    [Fact]
    public void Migrate_FailingFirstMigration_LeavesAnEmptyFileThatOpensLater()
    {
        using var folder = new TempFolder();

        Assert.Throws<StoreFailure>(() => RevisionStore.Open(folder.Path, TimeProvider.System, ["CREATE TABLE broken (;"]));

        Assert.Equal(0L, Db.Scalar(folder.DataFile, "PRAGMA application_id"));
        using var store = RevisionStore.Open(folder.Path, TimeProvider.System);
        Assert.Empty(store.GetCards());
    }

    [Fact]
    public void Dispose_ThenUse_Throws()
    {
        using var folder = new TempFolder();
        var store = RevisionStore.Open(folder.Path, TimeProvider.System);
        store.Dispose();
        store.Dispose();

        Assert.Throws<ObjectDisposedException>(() => store.GetCards());
    }

    [Fact]
    public void Dispose_ClosesTheFile_SoTheWalIsFoldedIn()
    {
        using var folder = new TempFolder();
        using (var store = RevisionStore.Open(folder.Path, TimeProvider.System))
        {
            store.RecordReview(Reviews.Make("c1", Reviews.T0));
            Assert.True(File.Exists(folder.DataFile + "-wal"));
        }

        Assert.False(File.Exists(folder.DataFile + "-wal"));
    }
}
