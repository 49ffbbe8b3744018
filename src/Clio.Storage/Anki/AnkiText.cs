using System.Globalization;
using System.Text;

namespace Clio.Storage.Anki;

/// <summary>
/// Anki's plain-text import format ("Notes in Plain Text"): header lines <c>#key:value</c> at the top, then one
/// note per record, fields separated by the separator, a field holding the separator, a double quote or a line
/// break enclosed in double quotes with inner quotes doubled (as in CSV). Lines starting with <c>#</c> elsewhere
/// are comments.
/// </summary>
/// <remarks>
/// <para>Written files have the columns guid, deck, Front, Back, tags and the headers <c>#separator:</c>,
/// <c>#html:</c>, <c>#notetype:Basic</c>, <c>#guid column:1</c>, <c>#deck column:2</c> and <c>#tags column:5</c>.
/// The deck goes in a column rather than a <c>#deck:</c> header because Anki resolves that header only to a deck
/// the collection already has, while it creates the decks a deck column names.</para>
/// <para>Reading understands the headers <c>separator</c> (tab, comma, semicolon, space, pipe, colon, by name or as
/// the character itself), <c>html</c>, <c>deck</c>, <c>tags</c>, <c>notetype</c> (any name: the first two field
/// columns are taken as Front and Back), <c>guid column</c>, <c>deck column</c>, <c>tags column</c> and
/// <c>notetype column</c>; other headers are ignored, as Anki ignores them. Where Anki would guess, the reader does
/// not: no <c>#separator:</c> means tab, no <c>#html:</c> means plain text. With no tags column named, a column
/// after Back holds the tags, as in Anki. A note without a guid gets one derived from its fields.</para>
/// </remarks>
public static class AnkiText
{
    /// <summary>Writes the notes as a text file Anki imports.</summary>
    /// <exception cref="ArgumentException">A note is null, has an empty guid or deck, or repeats a guid.</exception>
    public static string Write(IReadOnlyList<AnkiNote> notes, AnkiTextOptions? options = null)
    {
        AnkiIds.Validate(notes);
        options ??= AnkiTextOptions.Default;
        var separator = SeparatorChar(options.Separator);
        var html = options.Html ? "true" : "false";
        var text = new StringBuilder();
        text.Append("#separator:").Append(SeparatorName(options.Separator)).Append('\n')
            .Append("#html:").Append(html).Append('\n')
            .Append("#notetype:Basic\n")
            .Append("#guid column:1\n")
            .Append("#deck column:2\n")
            .Append("#tags column:5\n");
        foreach (var note in notes)
        {
            var front = options.Html ? AnkiHtml.FromPlainText(note.Front) : note.Front;
            var back = options.Html ? AnkiHtml.FromPlainText(note.Back) : note.Back;
            WriteField(text, note.Guid, separator);
            text.Append(separator);
            WriteField(text, note.Deck, separator);
            text.Append(separator);
            WriteField(text, front, separator);
            text.Append(separator);
            WriteField(text, back, separator);
            text.Append(separator);
            WriteField(text, string.Join(' ', AnkiIds.NormalizeTags(note.Tags)), separator);
            text.Append('\n');
        }

        return text.ToString();
    }

    /// <summary>
    /// Reads a text file in Anki's format. Never throws on bad input: every problem comes back as an error with its
    /// line number, and then no notes come back.
    /// </summary>
    public static AnkiTextParseResult Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new Parser(text).Run();
    }

    internal static char SeparatorChar(AnkiSeparator separator) => separator switch
    {
        AnkiSeparator.Comma => ',',
        AnkiSeparator.Semicolon => ';',
        AnkiSeparator.Space => ' ',
        AnkiSeparator.Pipe => '|',
        AnkiSeparator.Colon => ':',
        _ => '\t',
    };

    private static string SeparatorName(AnkiSeparator separator) =>
        separator.ToString().ToLowerInvariant();

    private static void WriteField(StringBuilder text, string value, char separator)
    {
        // A leading '#' would read as a comment, a leading quote as the start of a quoted field.
        var quote = value.StartsWith('#') || value.StartsWith('"') ||
            value.AsSpan().IndexOfAny([separator, '"', '\n', '\r']) >= 0;
        if (!quote)
        {
            text.Append(value);
            return;
        }

        text.Append('"').Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }

    private sealed class Parser(string text)
    {
        private readonly string _text = text.StartsWith('\uFEFF') ? text[1..] : text;
        private readonly List<AnkiTextError> _errors = [];
        private readonly List<(int Line, List<string> Fields)> _records = [];
        private readonly Dictionary<string, int> _metaColumns = new(StringComparer.Ordinal);
        private readonly List<string> _globalTags = [];
        private int _position;
        private int _line = 1;
        private AnkiSeparator _separator = AnkiSeparator.Tab;
        private bool _html;
        private string? _deck;

        public AnkiTextParseResult Run()
        {
            ReadHeader();
            ReadRecords(SeparatorChar(_separator));
            var notes = BuildNotes();
            _errors.Sort((a, b) => a.Line.CompareTo(b.Line));
            return new AnkiTextParseResult(notes, _errors, _separator, _html);
        }

        /// <summary>The header: <c>#</c> lines at the very top (and a legacy first line <c>tags:...</c>).</summary>
        private void ReadHeader()
        {
            while (_position < _text.Length)
            {
                var end = _text.IndexOf('\n', _position);
                var lineEnd = end < 0 ? _text.Length : end;
                var line = _text[_position..lineEnd].TrimEnd('\r');
                if (_position == 0 && line.StartsWith("tags:", StringComparison.Ordinal))
                {
                    _globalTags.AddRange(SplitTags(line["tags:".Length..]));
                }
                else if (line.StartsWith('#'))
                {
                    var colon = line.IndexOf(':', StringComparison.Ordinal);
                    if (colon > 0)
                    {
                        ReadHeaderLine(line[1..colon].Trim().ToLowerInvariant(), line[(colon + 1)..]);
                    }
                }
                else
                {
                    return;
                }

                _position = end < 0 ? _text.Length : end + 1;
                _line++;
            }
        }

        private void ReadHeaderLine(string key, string value)
        {
            switch (key)
            {
                case "separator":
                    if (ParseSeparator(value) is { } separator)
                    {
                        _separator = separator;
                    }
                    else
                    {
                        Error(_line, $"unknown separator '{value}' (use tab, comma, semicolon, space, pipe or colon)");
                    }

                    break;
                case "html":
                    switch (value.Trim().ToLowerInvariant())
                    {
                        case "true":
                            _html = true;
                            break;
                        case "false":
                            _html = false;
                            break;
                        default:
                            Error(_line, $"#html: takes true or false, not '{value}'");
                            break;
                    }

                    break;
                case "deck":
                    _deck = value.Trim();
                    break;
                case "tags":
                    _globalTags.AddRange(SplitTags(value));
                    break;
                case "guid column" or "deck column" or "tags column" or "notetype column":
                    if (int.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var column) &&
                        column > 0)
                    {
                        var taken = _metaColumns.FirstOrDefault(pair => pair.Value == column && pair.Key != key).Key;
                        if (taken is null)
                        {
                            _metaColumns[key] = column;
                        }
                        else
                        {
                            Error(_line, $"column {column} is already the {taken}");
                        }
                    }
                    else
                    {
                        Error(_line, $"#{key}: takes a column number from 1, not '{value}'");
                    }

                    break;
                default:
                    // #notetype:, #columns: and anything Anki may add later: nothing to do for Basic notes.
                    break;
            }
        }

        private static AnkiSeparator? ParseSeparator(string value)
        {
            var name = value.Trim().ToLowerInvariant();
            foreach (var separator in Enum.GetValues<AnkiSeparator>())
            {
                if (name == SeparatorName(separator) || (value.Length == 1 && value[0] == SeparatorChar(separator)))
                {
                    return separator;
                }
            }

            return null;
        }

        /// <summary>Splits the rest into records of fields, skipping blank lines and comments.</summary>
        private void ReadRecords(char separator)
        {
            while (_position < _text.Length)
            {
                if (SkipLineBreak())
                {
                    continue;
                }

                if (_text[_position] == '#')
                {
                    SkipRestOfLine();
                    continue;
                }

                var start = _line;
                var fields = new List<string>();
                var ok = true;
                while (true)
                {
                    string field;
                    if (_position < _text.Length && _text[_position] == '"')
                    {
                        if (ReadQuoted() is { } quoted)
                        {
                            field = quoted;
                        }
                        else
                        {
                            Error(start, "a quoted field starts here and is never closed");
                            return;
                        }

                        if (_position < _text.Length && _text[_position] != separator && !AtLineBreak())
                        {
                            Error(_line, "text after a closing quote (write \"\" for a quote inside a quoted field)");
                            SkipRestOfLine();
                            ok = false;
                            break;
                        }
                    }
                    else
                    {
                        var end = _position;
                        while (end < _text.Length && _text[end] != separator && _text[end] != '\n')
                        {
                            end++;
                        }

                        field = _text[_position..end];
                        if (end < _text.Length && _text[end] == '\n')
                        {
                            field = field.TrimEnd('\r');
                        }

                        _position = end;
                    }

                    fields.Add(field);
                    if (_position < _text.Length && _text[_position] == separator)
                    {
                        _position++;
                        continue;
                    }

                    SkipLineBreak();
                    break;
                }

                if (ok)
                {
                    _records.Add((start, fields));
                }
            }
        }

        /// <summary>Reads a quoted field from its opening quote; null if it is never closed.</summary>
        private string? ReadQuoted()
        {
            var value = new StringBuilder();
            var i = _position + 1;
            var lines = 0;
            while (i < _text.Length)
            {
                var c = _text[i];
                if (c == '"')
                {
                    if (i + 1 < _text.Length && _text[i + 1] == '"')
                    {
                        value.Append('"');
                        i += 2;
                        continue;
                    }

                    _position = i + 1;
                    _line += lines;
                    return value.ToString();
                }

                if (c == '\n')
                {
                    lines++;
                }

                value.Append(c);
                i++;
            }

            return null;
        }

        private bool AtLineBreak() =>
            _text[_position] == '\n' ||
            (_text[_position] == '\r' && _position + 1 < _text.Length && _text[_position + 1] == '\n');

        private bool SkipLineBreak()
        {
            if (_position < _text.Length && AtLineBreak())
            {
                _position += _text[_position] == '\r' ? 2 : 1;
                _line++;
                return true;
            }

            return false;
        }

        private void SkipRestOfLine()
        {
            var end = _text.IndexOf('\n', _position);
            _position = end < 0 ? _text.Length : end + 1;
            if (end >= 0)
            {
                _line++;
            }
        }

        private List<AnkiNote> BuildNotes()
        {
            var guidColumn = _metaColumns.GetValueOrDefault("guid column");
            var deckColumn = _metaColumns.GetValueOrDefault("deck column");
            var tagsColumn = _metaColumns.GetValueOrDefault("tags column");
            var meta = _metaColumns.Values.ToHashSet();
            var notes = new List<AnkiNote>();
            var guids = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var (line, fields) in _records)
            {
                // The columns that are not guid, deck, tags or note type hold the fields, in order.
                var free = Enumerable.Range(1, fields.Count).Where(c => !meta.Contains(c)).ToList();
                var used = tagsColumn == 0 ? 3 : 2;
                var extra = free.Skip(used).FirstOrDefault(c => fields[c - 1].Length > 0);
                if (extra > 0)
                {
                    Error(line, $"column {extra} holds text, but a Basic note has only Front and Back" +
                        (tagsColumn == 0 ? " (and tags after them)" : ""));
                    continue;
                }

                string Column(int column) => column > 0 && column <= fields.Count ? fields[column - 1] : "";
                var front = Column(free.ElementAtOrDefault(0));
                var back = Column(free.ElementAtOrDefault(1));
                if (_html)
                {
                    front = AnkiHtml.ToPlainText(front);
                    back = AnkiHtml.ToPlainText(back);
                }

                if (string.IsNullOrWhiteSpace(front))
                {
                    Error(line, "the Front field is empty");
                    continue;
                }

                var tags = SplitTags(Column(tagsColumn == 0 ? free.ElementAtOrDefault(2) : tagsColumn))
                    .Concat(_globalTags);
                var guid = Column(guidColumn);
                if (guid.Length == 0)
                {
                    guid = AnkiIds.GuidFor(front, back);
                }

                if (!guids.TryAdd(guid, line))
                {
                    Error(line, $"guid '{guid}' is already used by the note on line {guids[guid]}");
                    continue;
                }

                var deck = Column(deckColumn);
                if (deck.Length == 0)
                {
                    deck = string.IsNullOrEmpty(_deck) ? AnkiNote.DefaultDeck : _deck;
                }

                notes.Add(new AnkiNote(guid, front, back, AnkiIds.NormalizeTags(tags), deck));
            }

            return notes;
        }

        private static string[] SplitTags(string text) =>
            text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

        private void Error(int line, string message) => _errors.Add(new AnkiTextError(line, message));
    }
}
