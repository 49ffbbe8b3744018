using System.IO.Compression;
using System.Text.Json;
using Clio.Storage.Anki;
using Microsoft.Data.Sqlite;

namespace Clio.Storage.Tests.Anki;

public sealed class AnkiPackageTest
{
    [Fact]
    public void Write_GivesAZipWithTheCollectionAndAnEmptyMediaMap()
    {
        using var zip = new ZipArchive(new MemoryStream(Package(Samples.Notes)), ZipArchiveMode.Read);

        Assert.Equal(["collection.anki2", "media"], zip.Entries.Select(e => e.FullName));
        using var media = new StreamReader(zip.GetEntry("media")!.Open());
        Assert.Equal("{}", media.ReadToEnd());
    }

    [Fact]
    public void Collection_IsASoundSqliteFileWithTheLegacySchemaTables()
    {
        using var collection = OpenCollection(Samples.Notes);

        Assert.Equal("ok", Db.Scalar(collection.Connection, "PRAGMA integrity_check"));
        Assert.Equal(
            ["cards", "col", "graves", "notes", "revlog"],
            Db.Column(collection.Connection, "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name"));
        Assert.Equal(
            ["id", "guid", "mid", "mod", "usn", "tags", "flds", "sfld", "csum", "flags", "data"],
            Db.Column(collection.Connection, "SELECT name FROM pragma_table_info('notes')"));
        Assert.Equal(
            ["id", "nid", "did", "ord", "mod", "usn", "type", "queue", "due", "ivl", "factor", "reps", "lapses", "left",
                "odue", "odid", "flags", "data"],
            Db.Column(collection.Connection, "SELECT name FROM pragma_table_info('cards')"));
        Assert.Equal(1L, Db.Scalar(collection.Connection, "SELECT count(*) FROM col"));
        Assert.Equal(11L, Db.Scalar(collection.Connection, "SELECT ver FROM col"));
        Assert.Equal(0L, Db.Scalar(collection.Connection, "SELECT count(*) FROM revlog"));
        Assert.Equal(0L, Db.Scalar(collection.Connection, "SELECT count(*) FROM graves"));
    }

    [Fact]
    public void Col_JsonDefinesTheBasicNoteTypeAndEveryDeck()
    {
        using var collection = OpenCollection(Samples.Notes);
        using var models = Json(collection, "models");
        using var decks = Json(collection, "decks");
        using var dconf = Json(collection, "dconf");
        using var conf = Json(collection, "conf");

        var model = Assert.Single(models.RootElement.EnumerateObject());
        Assert.Equal(model.Name, model.Value.GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(AnkiPackage.ModelName, model.Value.GetProperty("name").GetString());
        Assert.Equal(0, model.Value.GetProperty("type").GetInt32());
        Assert.Equal(["Front", "Back"], model.Value.GetProperty("flds").EnumerateArray().Select(f => f.GetProperty("name").GetString()));
        var template = Assert.Single(model.Value.GetProperty("tmpls").EnumerateArray());
        Assert.Equal("{{Front}}", template.GetProperty("qfmt").GetString());
        Assert.Contains("{{Back}}", template.GetProperty("afmt").GetString(), StringComparison.Ordinal);
        Assert.Equal(model.Name, conf.RootElement.GetProperty("curModel").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture));

        var deckNames = decks.RootElement.EnumerateObject()
            .ToDictionary(d => d.Value.GetProperty("name").GetString()!, d => d.Value.GetProperty("id").GetInt64());
        Assert.Equal(["Clio::Other", "Clio::USSR 1917-41", "Default"], deckNames.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(1, deckNames["Default"]);
        Assert.All(decks.RootElement.EnumerateObject(), d => Assert.Equal(d.Name, d.Value.GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.True(dconf.RootElement.TryGetProperty("1", out _));
    }

    [Fact]
    public void Notes_HoldTheFieldsAsHtml_WithAnkisChecksum()
    {
        using var collection = OpenCollection(Samples.Notes);
        var notes = Rows(collection, "SELECT guid, flds, sfld, csum, tags, mid FROM notes ORDER BY id");

        Assert.Equal(4, notes.Count);
        Assert.Equal(["rapallo-guid", "pact-guid", "html-guid", "default-guid"], notes.Select(n => n[0]));
        Assert.Equal(
            "When was the Nazi-Soviet Pact signed?\u001f23 August 1939,<br>in Moscow.",
            notes[1][1]);
        Assert.Equal("a &lt; b &amp; c\u001f&lt;b&gt; is \"bold\"; tab\there", notes[2][1]);
        Assert.Equal("a < b & c", notes[2][2]);
        // First 8 hex digits of SHA-1 of the stripped first field, computed independently with Python's hashlib.
        Assert.Equal([3928192834L, 1927909130L, 2982413688L, 1667234850L], notes.Select(n => (long)n[3]));
        Assert.Equal([" diplomacy germany ", " pact ", "", " fr "], notes.Select(n => n[4]));
        Assert.Single(notes.Select(n => n[5]).Distinct());
    }

    [Fact]
    public void Checksum_OfAFrontWithALineBreak_IgnoresTheBreakTag_AsAnkiDoes()
    {
        using var collection = OpenCollection([new AnkiNote("g", "line1\nline2", "b", [], "D")]);

        Assert.Equal(896270887L, Db.Scalar(collection.Connection, "SELECT csum FROM notes"));
    }

    [Fact]
    public void Cards_OneNewCardPerNote_InItsDeck_InNoteOrder()
    {
        using var collection = OpenCollection(Samples.Notes);
        using var decks = Json(collection, "decks");
        var deckIds = decks.RootElement.EnumerateObject()
            .ToDictionary(d => d.Value.GetProperty("name").GetString()!, d => d.Value.GetProperty("id").GetInt64());
        var cards = Rows(
            collection,
            "SELECT n.guid, c.did, c.ord, c.type, c.queue, c.due, c.ivl, c.reps FROM cards c JOIN notes n ON n.id = c.nid ORDER BY c.due");

        Assert.Equal(4L, Db.Scalar(collection.Connection, "SELECT count(*) FROM cards"));
        Assert.Equal(["rapallo-guid", "pact-guid", "html-guid", "default-guid"], cards.Select(c => c[0]));
        Assert.Equal(
            Samples.Notes.Select(n => deckIds[n.Deck]),
            cards.Select(c => (long)c[1]));
        Assert.All(cards, c => Assert.Equal([0L, 0L, 0L], new[] { c[2], c[3], c[4] }));
        Assert.Equal([1L, 2L, 3L, 4L], cards.Select(c => (long)c[5]));
    }

    [Fact]
    public void Write_SameInputTwice_GivesTheSameBytes_AndAnotherTimeDifferentOnes()
    {
        var first = Package(Samples.Notes);
        var second = Package(Samples.Notes);
        var later = Package(Samples.Notes, Samples.CreatedAt.AddDays(1));

        Assert.Equal(first, second);
        Assert.NotEqual(first, later);
    }

    [Fact]
    public void Write_NoNotes_GivesAValidEmptyCollection()
    {
        using var collection = OpenCollection([]);

        Assert.Equal("ok", Db.Scalar(collection.Connection, "PRAGMA integrity_check"));
        Assert.Equal(0L, Db.Scalar(collection.Connection, "SELECT count(*) FROM notes"));
    }

    [Fact]
    public void Write_RepeatedGuid_Throws()
    {
        AnkiNote[] notes = [new("same", "a", "b", [], "D"), new("same", "c", "d", [], "D")];

        Assert.Throws<ArgumentException>(() => Package(notes));
    }

    [Fact]
    public void WriteFile_WritesThePackageToDisk()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "out.apkg");

        AnkiPackage.WriteFile(path, Samples.Notes, Samples.CreatedAt);

        Assert.Equal(Package(Samples.Notes), File.ReadAllBytes(path));
    }

    private static byte[] Package(IReadOnlyList<AnkiNote> notes, DateTimeOffset? createdAt = null)
    {
        using var output = new MemoryStream();
        AnkiPackage.Write(output, notes, createdAt ?? Samples.CreatedAt);
        return output.ToArray();
    }

    private static Collection OpenCollection(IReadOnlyList<AnkiNote> notes)
    {
        var folder = new TempFolder();
        using var zip = new ZipArchive(new MemoryStream(Package(notes)), ZipArchiveMode.Read);
        var path = Path.Combine(folder.Path, "collection.anki2");
        zip.GetEntry("collection.anki2")!.ExtractToFile(path);
        return new Collection(folder, Db.Open(path, SqliteOpenMode.ReadOnly));
    }

    private static JsonDocument Json(Collection collection, string column) =>
        JsonDocument.Parse((string)Db.Scalar(collection.Connection, $"SELECT {column} FROM col")!);

    private static List<object[]> Rows(Collection collection, string sql)
    {
        using var command = collection.Connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object[]>();
        while (reader.Read())
        {
            var row = new object[reader.FieldCount];
            reader.GetValues(row);
            rows.Add(row);
        }

        return rows;
    }

    private sealed class Collection(TempFolder folder, SqliteConnection connection) : IDisposable
    {
        public SqliteConnection Connection { get; } = connection;

        public void Dispose()
        {
            Connection.Dispose();
            folder.Dispose();
        }
    }
}
