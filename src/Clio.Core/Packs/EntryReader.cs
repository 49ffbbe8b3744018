using Clio.Dates;
using Clio.Knowledge;
using Clio.Text;

namespace Clio.Packs;

/// <summary>A reference from one entry to another, checked once every entry is known.</summary>
/// <param name="Id">The id referred to.</param>
/// <param name="Location">Where the reference is written.</param>
/// <param name="Field">The key it is written under, for messages.</param>
/// <param name="Kinds">The kinds of entry it may name.</param>
internal sealed record PendingReference(string Id, SourceLocation Location, string Field, EntryKind[] Kinds);

/// <summary>
/// Reads the fields of one entry from a YAML mapping. Every read that fails adds a diagnostic and returns a
/// fallback, so that one pass over a broken pack reports every problem in it.
/// </summary>
internal sealed class EntryReader
{
    private readonly YMapping _mapping;
    private readonly string _what;
    private readonly List<Diagnostic> _diagnostics;
    private readonly List<PendingReference> _references;

    public EntryReader(YMapping mapping, string what, IReadOnlyCollection<string> allowedKeys, List<Diagnostic> diagnostics, List<PendingReference> references)
    {
        _mapping = mapping;
        _what = what;
        _diagnostics = diagnostics;
        _references = references;
        foreach (var (key, _) in mapping.Pairs)
        {
            if (!allowedKeys.Contains(key.Value))
            {
                var near = Suggestions.Nearest(key.Value, allowedKeys, 1);
                var hint = near.Count > 0 ? $"did you mean '{near[0]}'?" : $"the keys of {_what} are: {string.Join(", ", allowedKeys)}";
                Error(key.Location, $"unknown key '{key.Value}' in {_what}", hint);
            }
        }
    }

    public SourceLocation Location => _mapping.Location;

    public bool HasErrors { get; private set; }

    public void Error(SourceLocation at, string message, string? hint = null)
    {
        HasErrors = true;
        _diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, at, message, hint));
    }

    public void Warning(SourceLocation at, string message, string? hint = null) =>
        _diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, at, message, hint));

    public YNode? Node(string key) => _mapping[key];

    /// <summary>A text field that must be present and not empty.</summary>
    public string Required(string key)
    {
        var text = Optional(key);
        if (text is null)
        {
            var present = _mapping[key];
            if (present is null || present is YScalar { IsNull: true })
            {
                Error(present?.Location ?? _mapping.Location, $"{_what} is missing the required key '{key}'", $"add '{key}: ...'");
            }

            return string.Empty;
        }

        return text;
    }

    /// <summary>A text field that may be absent. Folded blocks are trimmed.</summary>
    public string? Optional(string key)
    {
        var node = _mapping[key];
        switch (node)
        {
            case null:
                return null;
            case YScalar { IsNull: true }:
                return null;
            case YScalar scalar when string.IsNullOrWhiteSpace(scalar.Value):
                return null;
            case YScalar scalar:
                return scalar.Value.Trim();
            default:
                Error(node.Location, $"'{key}' in {_what} must be text, not a list or a mapping", "write it on one line, or as a '>' block");
                return null;
        }
    }

    /// <summary>A list of text; a single scalar counts as a list of one.</summary>
    public IReadOnlyList<string> List(string key)
    {
        var node = _mapping[key];
        return node is null ? [] : Texts(node, key).Select(t => t.Value).ToList();
    }

    /// <summary>The texts of a list with where each is written.</summary>
    public List<YScalar> Texts(YNode node, string key)
    {
        switch (node)
        {
            case YScalar { IsNull: true }:
                return [];
            case YScalar scalar:
                return [scalar];
            case YSequence sequence:
                var items = new List<YScalar>();
                foreach (var item in sequence.Items)
                {
                    if (item is YScalar { IsNull: false } text && !string.IsNullOrWhiteSpace(text.Value))
                    {
                        items.Add(new YScalar { Location = text.Location, Value = text.Value.Trim() });
                    }
                    else if (item is not YScalar)
                    {
                        Error(item.Location, $"each item of '{key}' in {_what} must be text");
                    }
                }

                return items;
            default:
                Error(node.Location, $"'{key}' in {_what} must be a list, such as [a, b]");
                return [];
        }
    }

    /// <summary>A list of ids that must name entries of the given kinds.</summary>
    public IReadOnlyList<string> References(string key, params EntryKind[] kinds)
    {
        var node = _mapping[key];
        if (node is null)
        {
            return [];
        }

        var ids = new List<string>();
        foreach (var item in Texts(node, key))
        {
            ids.Add(item.Value);
            _references.Add(new PendingReference(item.Value, item.Location, key, kinds));
        }

        return ids;
    }

    /// <summary>One id that must name an entry of the given kinds.</summary>
    public string? Reference(string key, params EntryKind[] kinds)
    {
        var node = _mapping[key];
        var id = Optional(key);
        if (id is not null && node is not null)
        {
            _references.Add(new PendingReference(id, node.Location, key, kinds));
        }

        return id;
    }

    /// <summary>A date; reports an impossible or unreadable one.</summary>
    public HistoricalDate? Date(string key, bool required)
    {
        var text = required ? Required(key) : Optional(key);
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        var parsed = HistoricalDate.Parse(text);
        if (!parsed.Success)
        {
            Error(_mapping[key]!.Location, parsed.Error, "write dates like '23 August 1939', 'August 1939', '1939' or '1936–39'");
            return null;
        }

        return parsed.Value;
    }

    /// <summary>The <c>sources</c> list: ids, or mappings of <c>source</c> and <c>pages</c>.</summary>
    public IReadOnlyList<SourceRef> SourceRefs(string key, bool required)
    {
        var node = _mapping[key];
        if (node is null || node is YScalar { IsNull: true })
        {
            if (required)
            {
                Error(_mapping.Location, $"{_what} is missing the required key '{key}'", "every entry needs at least one source: add 'sources: [britannica]' or another bibliography id");
            }

            return [];
        }

        var items = node is YSequence sequence ? sequence.Items : [node];
        var refs = new List<SourceRef>();
        foreach (var item in items)
        {
            switch (item)
            {
                case YScalar { IsNull: false } scalar when !string.IsNullOrWhiteSpace(scalar.Value):
                    refs.Add(new SourceRef(scalar.Value.Trim()));
                    _references.Add(new PendingReference(scalar.Value.Trim(), scalar.Location, key, [EntryKind.Source]));
                    break;
                case YMapping mapping:
                    var inner = new EntryReader(mapping, $"a source reference", ["source", "pages"], _diagnostics, _references);
                    var id = inner.Required("source");
                    if (inner.HasErrors)
                    {
                        HasErrors = true;
                    }

                    if (id.Length > 0)
                    {
                        refs.Add(new SourceRef(id, inner.Optional("pages")));
                        _references.Add(new PendingReference(id, mapping["source"]!.Location, key, [EntryKind.Source]));
                    }

                    break;
                default:
                    Error(item.Location, $"each item of '{key}' must be a source id, or 'source:' with 'pages:'");
                    break;
            }
        }

        if (required && refs.Count == 0)
        {
            Error(node.Location, $"{_what} needs at least one source");
        }

        return refs;
    }
}
