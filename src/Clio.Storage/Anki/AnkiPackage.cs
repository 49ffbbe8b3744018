using System.Buffers;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Clio.Storage.Anki;

/// <summary>
/// Writes an Anki package (<c>.apkg</c>) in the legacy format every Anki version imports: a zip holding
/// <c>collection.anki2</c>, an SQLite collection of schema 11 (tables <c>col</c>, <c>notes</c>, <c>cards</c>,
/// <c>revlog</c>, <c>graves</c>), and a <c>media</c> file holding <c>{}</c>.
/// </summary>
/// <remarks>
/// <para>Every note gets the note type "Clio Basic" (fields Front and Back, one card "Card 1": the Front, then the
/// Back below a rule) and one new card in its deck. The note type has its own fixed id and name, so that importing
/// never clashes with the user's own "Basic"; a note's guid lets a later export update the note instead of adding
/// a copy.</para>
/// <para>Fields are written as HTML: the plain text escaped, line breaks as <c>&lt;br&gt;</c>.</para>
/// <para>Output is deterministic: ids and timestamps come from <c>createdAt</c>, the deck names and the order of the
/// notes, so the same input gives the same bytes.</para>
/// </remarks>
public static class AnkiPackage
{
    /// <summary>The name of the note type the package defines.</summary>
    public const string ModelName = "Clio Basic";

    /// <summary>The name of the collection file inside the zip.</summary>
    public const string CollectionEntry = "collection.anki2";

    /// <summary>The name of the media map inside the zip.</summary>
    public const string MediaEntry = "media";

    private const string Css =
        ".card {\n font-family: arial;\n font-size: 20px;\n text-align: center;\n color: black;\n background-color: white;\n}\n";

    private const string Schema = """
        CREATE TABLE col (
            id integer PRIMARY KEY, crt integer NOT NULL, mod integer NOT NULL, scm integer NOT NULL,
            ver integer NOT NULL, dty integer NOT NULL, usn integer NOT NULL, ls integer NOT NULL,
            conf text NOT NULL, models text NOT NULL, decks text NOT NULL, dconf text NOT NULL, tags text NOT NULL);
        CREATE TABLE notes (
            id integer PRIMARY KEY, guid text NOT NULL, mid integer NOT NULL, mod integer NOT NULL,
            usn integer NOT NULL, tags text NOT NULL, flds text NOT NULL, sfld integer NOT NULL,
            csum integer NOT NULL, flags integer NOT NULL, data text NOT NULL);
        CREATE TABLE cards (
            id integer PRIMARY KEY, nid integer NOT NULL, did integer NOT NULL, ord integer NOT NULL,
            mod integer NOT NULL, usn integer NOT NULL, type integer NOT NULL, queue integer NOT NULL,
            due integer NOT NULL, ivl integer NOT NULL, factor integer NOT NULL, reps integer NOT NULL,
            lapses integer NOT NULL, left integer NOT NULL, odue integer NOT NULL, odid integer NOT NULL,
            flags integer NOT NULL, data text NOT NULL);
        CREATE TABLE revlog (
            id integer PRIMARY KEY, cid integer NOT NULL, usn integer NOT NULL, ease integer NOT NULL,
            ivl integer NOT NULL, lastIvl integer NOT NULL, factor integer NOT NULL, time integer NOT NULL,
            type integer NOT NULL);
        CREATE TABLE graves (usn integer NOT NULL, oid integer NOT NULL, type integer NOT NULL);
        CREATE INDEX ix_notes_usn ON notes (usn);
        CREATE INDEX ix_cards_usn ON cards (usn);
        CREATE INDEX ix_revlog_usn ON revlog (usn);
        CREATE INDEX ix_cards_nid ON cards (nid);
        CREATE INDEX ix_cards_sched ON cards (did, queue, due);
        CREATE INDEX ix_revlog_cid ON revlog (cid);
        CREATE INDEX ix_notes_csum ON notes (csum);
        """;

    /// <summary>Writes the package to a file, replacing it if it exists.</summary>
    /// <param name="path">The file to write.</param>
    /// <param name="notes">The notes, in the order Anki will show them as new cards.</param>
    /// <param name="createdAt">The time stamped on the collection, notes and cards; ids derive from it too.</param>
    public static void WriteFile(string path, IReadOnlyList<AnkiNote> notes, DateTimeOffset createdAt)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        AnkiIds.Validate(notes);
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write);
        Write(file, notes, createdAt);
    }

    /// <summary>Writes the package to a stream, which is left open.</summary>
    /// <param name="output">Where the zip goes.</param>
    /// <param name="notes">The notes, in the order Anki will show them as new cards.</param>
    /// <param name="createdAt">The time stamped on the collection, notes and cards; ids derive from it too.</param>
    /// <exception cref="ArgumentException">A note is null, has an empty guid or deck, or repeats a guid.</exception>
    public static void Write(Stream output, IReadOnlyList<AnkiNote> notes, DateTimeOffset createdAt)
    {
        ArgumentNullException.ThrowIfNull(output);
        AnkiIds.Validate(notes);
        var collection = BuildCollection(notes, createdAt);
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        AddEntry(zip, CollectionEntry, collection, createdAt);
        AddEntry(zip, MediaEntry, "{}"u8.ToArray(), createdAt);
    }

    private static void AddEntry(ZipArchive zip, string name, byte[] content, DateTimeOffset createdAt)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        // Zip times have no zone and start in 1980; a fixed one keeps the bytes reproducible.
        var stamp = createdAt.UtcDateTime;
        entry.LastWriteTime = new DateTimeOffset(stamp.Year < 1980 ? new DateTime(1980, 1, 1) : stamp, TimeSpan.Zero);
        using var stream = entry.Open();
        stream.Write(content);
    }

    /// <summary>Builds collection.anki2 in a temporary file (SQLite writes files) and returns its bytes.</summary>
    private static byte[] BuildCollection(IReadOnlyList<AnkiNote> notes, DateTimeOffset createdAt)
    {
        var temp = Path.Combine(Path.GetTempPath(), $"clio-apkg-{Guid.NewGuid():N}.anki2");
        try
        {
            var connectionString = new SqliteConnectionStringBuilder
            {
                DataSource = temp,
                Mode = SqliteOpenMode.ReadWriteCreate,
                Pooling = false,
            }.ToString();
            using (var connection = new SqliteConnection(connectionString))
            {
                connection.Open();
                using var transaction = connection.BeginTransaction();
                Fill(connection, transaction, notes, createdAt);
                transaction.Commit();
            }

            return File.ReadAllBytes(temp);
        }
        finally
        {
            File.Delete(temp);
            File.Delete(temp + "-journal");
        }
    }

    private static void Fill(
        SqliteConnection connection, SqliteTransaction transaction, IReadOnlyList<AnkiNote> notes, DateTimeOffset createdAt)
    {
        var seconds = createdAt.ToUnixTimeSeconds();
        var milliseconds = createdAt.ToUnixTimeMilliseconds();
        var deckIds = AnkiIds.DeckIds(notes.Select(n => n.Deck));
        var modelDeck = notes.Count > 0 ? deckIds[notes[0].Deck] : AnkiIds.DefaultDeckId;

        using (var schema = connection.CreateCommand())
        {
            schema.Transaction = transaction;
            schema.CommandText = Schema;
            schema.ExecuteNonQuery();
        }

        using (var col = connection.CreateCommand())
        {
            col.Transaction = transaction;
            col.CommandText = """
                INSERT INTO col (id, crt, mod, scm, ver, dty, usn, ls, conf, models, decks, dconf, tags)
                VALUES (1, $crt, $mod, $scm, 11, 0, 0, 0, $conf, $models, $decks, $dconf, '{}')
                """;
            col.Parameters.AddWithValue("$crt", seconds - Mod(seconds, 86_400));
            col.Parameters.AddWithValue("$mod", milliseconds);
            col.Parameters.AddWithValue("$scm", milliseconds);
            col.Parameters.AddWithValue("$conf", Json(w => WriteCollectionConfig(w, notes.Count)));
            col.Parameters.AddWithValue("$models", Json(w => WriteModels(w, seconds, modelDeck)));
            col.Parameters.AddWithValue("$decks", Json(w => WriteDecks(w, deckIds, seconds)));
            col.Parameters.AddWithValue("$dconf", Json(WriteDeckConfig));
            col.ExecuteNonQuery();
        }

        using var note = connection.CreateCommand();
        note.Transaction = transaction;
        note.CommandText = """
            INSERT INTO notes (id, guid, mid, mod, usn, tags, flds, sfld, csum, flags, data)
            VALUES ($id, $guid, $mid, $mod, -1, $tags, $flds, $sfld, $csum, 0, '')
            """;
        var noteId = note.Parameters.Add("$id", SqliteType.Integer);
        var guid = note.Parameters.Add("$guid", SqliteType.Text);
        note.Parameters.AddWithValue("$mid", AnkiIds.ModelId);
        note.Parameters.AddWithValue("$mod", seconds);
        var tags = note.Parameters.Add("$tags", SqliteType.Text);
        var fields = note.Parameters.Add("$flds", SqliteType.Text);
        var sortField = note.Parameters.Add("$sfld", SqliteType.Text);
        var checksum = note.Parameters.Add("$csum", SqliteType.Integer);

        using var card = connection.CreateCommand();
        card.Transaction = transaction;
        card.CommandText = """
            INSERT INTO cards (id, nid, did, ord, mod, usn, type, queue, due, ivl, factor, reps, lapses, left, odue, odid, flags, data)
            VALUES ($id, $nid, $did, 0, $mod, -1, 0, 0, $due, 0, 0, 0, 0, 0, 0, 0, 0, '')
            """;
        var cardId = card.Parameters.Add("$id", SqliteType.Integer);
        var cardNote = card.Parameters.Add("$nid", SqliteType.Integer);
        var deck = card.Parameters.Add("$did", SqliteType.Integer);
        card.Parameters.AddWithValue("$mod", seconds);
        var due = card.Parameters.Add("$due", SqliteType.Integer);

        for (var i = 0; i < notes.Count; i++)
        {
            var n = notes[i];
            var front = AnkiHtml.FromPlainText(n.Front);
            var noteTags = AnkiIds.NormalizeTags(n.Tags);
            // Ids in the style of Anki's own, milliseconds since 1970, one apart.
            var id = milliseconds + i;
            noteId.Value = id;
            guid.Value = n.Guid;
            // Anki keeps tags with a space on either side, so that a search for " tag " matches whole tags.
            tags.Value = noteTags.Count == 0 ? "" : " " + string.Join(' ', noteTags) + " ";
            fields.Value = front + "\u001f" + AnkiHtml.FromPlainText(n.Back);
            sortField.Value = AnkiHtml.Strip(front);
            checksum.Value = AnkiHtml.FieldChecksum(front);
            note.ExecuteNonQuery();

            cardId.Value = id;
            cardNote.Value = id;
            deck.Value = deckIds[n.Deck];
            due.Value = i + 1; // a new card's due is its position in the new queue
            card.ExecuteNonQuery();
        }
    }

    private static long Mod(long value, long divisor) => ((value % divisor) + divisor) % divisor;

    private static string Json(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void WriteCollectionConfig(Utf8JsonWriter w, int noteCount)
    {
        w.WriteStartObject();
        w.WriteStartArray("activeDecks");
        w.WriteNumberValue(AnkiIds.DefaultDeckId);
        w.WriteEndArray();
        w.WriteBoolean("addToCur", true);
        w.WriteNumber("collapseTime", 1200);
        w.WriteNumber("curDeck", AnkiIds.DefaultDeckId);
        w.WriteNumber("curModel", AnkiIds.ModelId);
        w.WriteBoolean("dueCounts", true);
        w.WriteBoolean("estTimes", true);
        w.WriteBoolean("newBury", true);
        w.WriteNumber("newSpread", 0);
        w.WriteNumber("nextPos", noteCount + 1);
        w.WriteBoolean("sortBackwards", false);
        w.WriteString("sortType", "noteFld");
        w.WriteNumber("timeLim", 0);
        w.WriteEndObject();
    }

    private static void WriteModels(Utf8JsonWriter w, long seconds, long deckId)
    {
        w.WriteStartObject();
        w.WriteStartObject(AnkiIds.ModelId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        w.WriteString("css", Css);
        w.WriteNumber("did", deckId);
        w.WriteStartArray("flds");
        WriteField(w, "Front", 0);
        WriteField(w, "Back", 1);
        w.WriteEndArray();
        w.WriteNumber("id", AnkiIds.ModelId);
        w.WriteString("latexPost", "\\end{document}");
        w.WriteString(
            "latexPre",
            "\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage{amssymb,amsmath}\n" +
            "\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n");
        w.WriteBoolean("latexsvg", false);
        w.WriteNumber("mod", seconds);
        w.WriteString("name", ModelName);
        // Card 1 needs the Front field: [template ordinal, "all", [field ordinals]].
        w.WriteStartArray("req");
        w.WriteStartArray();
        w.WriteNumberValue(0);
        w.WriteStringValue("all");
        w.WriteStartArray();
        w.WriteNumberValue(0);
        w.WriteEndArray();
        w.WriteEndArray();
        w.WriteEndArray();
        w.WriteNumber("sortf", 0);
        w.WriteStartArray("tags");
        w.WriteEndArray();
        w.WriteStartArray("tmpls");
        w.WriteStartObject();
        w.WriteString("afmt", "{{FrontSide}}\n\n<hr id=answer>\n\n{{Back}}");
        w.WriteString("bafmt", "");
        w.WriteString("bqfmt", "");
        w.WriteNull("did");
        w.WriteString("name", "Card 1");
        w.WriteNumber("ord", 0);
        w.WriteString("qfmt", "{{Front}}");
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteNumber("type", 0);
        w.WriteNumber("usn", -1);
        w.WriteStartArray("vers");
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteField(Utf8JsonWriter w, string name, int ordinal)
    {
        w.WriteStartObject();
        w.WriteString("font", "Arial");
        w.WriteStartArray("media");
        w.WriteEndArray();
        w.WriteString("name", name);
        w.WriteNumber("ord", ordinal);
        w.WriteBoolean("rtl", false);
        w.WriteNumber("size", 20);
        w.WriteBoolean("sticky", false);
        w.WriteEndObject();
    }

    private static void WriteDecks(Utf8JsonWriter w, Dictionary<string, long> deckIds, long seconds)
    {
        w.WriteStartObject();
        WriteDeck(w, AnkiIds.DefaultDeckId, AnkiNote.DefaultDeck, 0);
        foreach (var (name, id) in deckIds.OrderBy(pair => pair.Value))
        {
            if (id != AnkiIds.DefaultDeckId)
            {
                WriteDeck(w, id, name, seconds);
            }
        }

        w.WriteEndObject();
    }

    private static void WriteDeck(Utf8JsonWriter w, long id, string name, long seconds)
    {
        w.WriteStartObject(id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        w.WriteBoolean("collapsed", false);
        w.WriteNumber("conf", 1);
        w.WriteString("desc", "");
        w.WriteNumber("dyn", 0);
        w.WriteNumber("extendNew", 10);
        w.WriteNumber("extendRev", 50);
        w.WriteNumber("id", id);
        WritePair(w, "lrnToday");
        w.WriteNumber("mod", seconds);
        w.WriteString("name", name);
        WritePair(w, "newToday");
        WritePair(w, "revToday");
        WritePair(w, "timeToday");
        w.WriteNumber("usn", -1);
        w.WriteEndObject();
    }

    private static void WritePair(Utf8JsonWriter w, string name)
    {
        w.WriteStartArray(name);
        w.WriteNumberValue(0);
        w.WriteNumberValue(0);
        w.WriteEndArray();
    }

    /// <summary>Anki's default options group, id 1, which every collection has.</summary>
    private static void WriteDeckConfig(Utf8JsonWriter w)
    {
        w.WriteStartObject();
        w.WriteStartObject("1");
        w.WriteBoolean("autoplay", true);
        w.WriteBoolean("dyn", false);
        w.WriteNumber("id", 1);
        w.WriteStartObject("lapse");
        w.WriteStartArray("delays");
        w.WriteNumberValue(10);
        w.WriteEndArray();
        w.WriteNumber("leechAction", 1);
        w.WriteNumber("leechFails", 8);
        w.WriteNumber("minInt", 1);
        w.WriteNumber("mult", 0);
        w.WriteEndObject();
        w.WriteNumber("maxTaken", 60);
        w.WriteNumber("mod", 0);
        w.WriteString("name", "Default");
        w.WriteStartObject("new");
        w.WriteBoolean("bury", false);
        w.WriteStartArray("delays");
        w.WriteNumberValue(1);
        w.WriteNumberValue(10);
        w.WriteEndArray();
        w.WriteNumber("initialFactor", 2500);
        w.WriteStartArray("ints");
        w.WriteNumberValue(1);
        w.WriteNumberValue(4);
        w.WriteNumberValue(0);
        w.WriteEndArray();
        w.WriteNumber("order", 1);
        w.WriteNumber("perDay", 20);
        w.WriteBoolean("separate", true);
        w.WriteEndObject();
        w.WriteBoolean("replayq", true);
        w.WriteStartObject("rev");
        w.WriteBoolean("bury", false);
        w.WriteNumber("ease4", 1.3);
        w.WriteNumber("fuzz", 0.05);
        w.WriteNumber("ivlFct", 1);
        w.WriteNumber("maxIvl", 36500);
        w.WriteNumber("minSpace", 1);
        w.WriteNumber("perDay", 200);
        w.WriteEndObject();
        w.WriteNumber("timer", 0);
        w.WriteNumber("usn", 0);
        w.WriteEndObject();
        w.WriteEndObject();
    }
}
