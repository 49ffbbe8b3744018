using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Clio.Storage.Anki;

/// <summary>The fixed and derived ids of an export, so that the same input always gives the same output.</summary>
internal static class AnkiIds
{
    /// <summary>The id of the "Clio Basic" note type. Fixed forever, so that every Clio export shares one note type.</summary>
    public const long ModelId = 1_767_225_600_001;

    /// <summary>The id of the deck every collection has.</summary>
    public const long DefaultDeckId = 1;

    /// <summary>
    /// A deck id for each distinct deck name: 1 for <see cref="AnkiNote.DefaultDeck"/>, otherwise 2^40 plus 40 bits
    /// of the SHA-256 of the name (ids of the size Anki's own millisecond ids have). Names are taken in ordinal order
    /// and a clash moves to the next free id, so the result depends on the set of names alone.
    /// </summary>
    public static Dictionary<string, long> DeckIds(IEnumerable<string> names)
    {
        var ids = new Dictionary<string, long>(StringComparer.Ordinal);
        var taken = new HashSet<long> { DefaultDeckId };
        foreach (var name in names.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            if (name == AnkiNote.DefaultDeck)
            {
                ids[name] = DefaultDeckId;
                continue;
            }

            var hash = SHA256.HashData(Encoding.UTF8.GetBytes(name));
            var id = (1L << 40) + (long)(BinaryPrimitives.ReadUInt64BigEndian(hash) >> 24);
            while (!taken.Add(id))
            {
                id++;
            }

            ids[name] = id;
        }

        return ids;
    }

    /// <summary>A guid for a note that came without one: 16 hex digits of the SHA-256 of its two fields.</summary>
    public static string GuidFor(string front, string back)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(front + "\u001f" + back));
        return Convert.ToHexStringLower(hash.AsSpan(0, 8));
    }

    /// <summary>
    /// Anki's tags for a note: white space inside a tag becomes <c>_</c>; empty and repeated tags are dropped.
    /// </summary>
    public static List<string> NormalizeTags(IEnumerable<string> tags)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<string>();
        foreach (var tag in tags)
        {
            var clean = new string([.. tag.Select(c => char.IsWhiteSpace(c) ? '_' : c)]);
            if (clean.Length > 0 && seen.Add(clean))
            {
                result.Add(clean);
            }
        }

        return result;
    }

    /// <summary>Checks the notes of one export: no null, no empty guid or deck, no guid twice.</summary>
    public static void Validate(IReadOnlyList<AnkiNote> notes)
    {
        ArgumentNullException.ThrowIfNull(notes);
        var guids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < notes.Count; i++)
        {
            var note = notes[i] ?? throw new ArgumentException($"Note {i} is null.", nameof(notes));
            if (string.IsNullOrEmpty(note.Guid) || note.Front is null || note.Back is null || note.Tags is null ||
                string.IsNullOrEmpty(note.Deck))
            {
                throw new ArgumentException($"Note {i} has an empty guid or deck, or a null field.", nameof(notes));
            }

            if (!guids.Add(note.Guid))
            {
                throw new ArgumentException($"Note {i} repeats the guid '{note.Guid}'.", nameof(notes));
            }
        }
    }
}
