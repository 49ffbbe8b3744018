using System.Text.RegularExpressions;
using Clio.Knowledge;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Clio.Packs;

/// <summary>A YAML node with the place it starts, so that every diagnostic can point at a line and column.</summary>
internal abstract class YNode
{
    public required SourceLocation Location { get; init; }
}

internal sealed class YScalar : YNode
{
    public required string Value { get; init; }

    /// <summary>A plain <c>~</c>, <c>null</c> or nothing at all.</summary>
    public bool IsNull { get; init; }
}

internal sealed class YSequence : YNode
{
    public List<YNode> Items { get; } = [];
}

internal sealed class YMapping : YNode
{
    public List<KeyValuePair<YScalar, YNode>> Pairs { get; } = [];

    public YNode? this[string key] => Pairs.FirstOrDefault(p => p.Key.Value == key).Value;
}

/// <summary>Reads YAML text into a <see cref="YNode"/> tree, turning every syntax problem into a diagnostic.</summary>
internal static partial class YamlTree
{
    public static YNode? Read(string path, string text, int lineOffset, List<Diagnostic> diagnostics)
    {
        var parser = new Parser(new StringReader(text));
        var anchors = new Dictionary<string, YNode>(StringComparer.Ordinal);
        try
        {
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _))
            {
                return null;
            }

            parser.Consume<DocumentStart>();
            var root = ReadNode(parser, path, lineOffset, anchors, diagnostics);
            parser.Consume<DocumentEnd>();
            if (parser.Accept<DocumentStart>(out var second))
            {
                diagnostics.Add(new Diagnostic(
                    DiagnosticSeverity.Error,
                    Locate(path, second.Start, lineOffset),
                    "a pack file holds one YAML document",
                    "remove the second '---' or move what follows into another file"));
            }

            return root;
        }
        catch (YamlException ex)
        {
            diagnostics.Add(new Diagnostic(
                DiagnosticSeverity.Error,
                Locate(path, ex.Start, lineOffset),
                "YAML syntax error: " + CleanMessage(ex.Message),
                SyntaxHint(ex.Message)));
            return null;
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or IndexOutOfRangeException or FormatException)
        {
            // YamlDotNet's scanner throws these on some malformed input instead of a YamlException; the loader
            // promises never to throw on a bad pack, so they become a diagnostic at the last place parsed.
            var at = parser.Current is { } current ? Locate(path, current.Start, lineOffset) : new SourceLocation(path, 1 + lineOffset, 1);
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, at, "YAML syntax error: the file cannot be parsed after this point", "check quotes, brackets, colons and indentation here and below"));
            return null;
        }
    }

    private static YNode ReadNode(IParser parser, string path, int lineOffset, Dictionary<string, YNode> anchors, List<Diagnostic> diagnostics)
    {
        if (parser.TryConsume<AnchorAlias>(out var alias))
        {
            if (anchors.TryGetValue(alias.Value.Value, out var target))
            {
                return target;
            }

            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, Locate(path, alias.Start, lineOffset), $"unknown YAML alias '*{alias.Value.Value}'"));
            return new YScalar { Location = Locate(path, alias.Start, lineOffset), Value = string.Empty, IsNull = true };
        }

        if (parser.TryConsume<Scalar>(out var scalar))
        {
            var isNull = scalar.Style == ScalarStyle.Plain && scalar.Value is "" or "~" or "null" or "Null" or "NULL";
            var node = new YScalar { Location = Locate(path, scalar.Start, lineOffset), Value = scalar.Value, IsNull = isNull };
            Remember(scalar.Anchor, node, anchors);
            return node;
        }

        if (parser.TryConsume<SequenceStart>(out var sequenceStart))
        {
            var sequence = new YSequence { Location = Locate(path, sequenceStart.Start, lineOffset) };
            while (!parser.TryConsume<SequenceEnd>(out _))
            {
                sequence.Items.Add(ReadNode(parser, path, lineOffset, anchors, diagnostics));
            }

            Remember(sequenceStart.Anchor, sequence, anchors);
            return sequence;
        }

        var mappingStart = parser.Consume<MappingStart>();
        var mapping = new YMapping { Location = Locate(path, mappingStart.Start, lineOffset) };
        var seen = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        while (!parser.TryConsume<MappingEnd>(out _))
        {
            var keyNode = ReadNode(parser, path, lineOffset, anchors, diagnostics);
            var value = ReadNode(parser, path, lineOffset, anchors, diagnostics);
            if (keyNode is not YScalar key)
            {
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, keyNode.Location, "a key must be a plain word, not a list or a mapping"));
                continue;
            }

            if (seen.TryGetValue(key.Value, out var first))
            {
                diagnostics.Add(new Diagnostic(
                    DiagnosticSeverity.Error,
                    key.Location,
                    $"duplicate key '{key.Value}'",
                    $"it is already given at line {first.Line}"));
                continue;
            }

            seen[key.Value] = key.Location;
            mapping.Pairs.Add(new KeyValuePair<YScalar, YNode>(key, value));
        }

        Remember(mappingStart.Anchor, mapping, anchors);
        return mapping;
    }

    private static void Remember(AnchorName anchor, YNode node, Dictionary<string, YNode> anchors)
    {
        if (!anchor.IsEmpty)
        {
            anchors[anchor.Value] = node;
        }
    }

    private static SourceLocation Locate(string path, Mark mark, int lineOffset) =>
        new(path, (int)mark.Line + lineOffset, (int)mark.Column);

    private static string CleanMessage(string message)
    {
        var cleaned = PositionPrefix().Replace(message, string.Empty).Trim();
        cleaned = cleaned.TrimEnd('.');
        return cleaned.Length == 0 ? "the file is not valid YAML" : char.ToLowerInvariant(cleaned[0]) + cleaned[1..];
    }

    private static string SyntaxHint(string message)
    {
        if (message.Contains("mapping values are not allowed", StringComparison.OrdinalIgnoreCase) ||
            message.Contains("invalid mapping", StringComparison.OrdinalIgnoreCase))
        {
            return "a value that contains ': ' must be quoted, or written as a '>' block";
        }

        if (message.Contains("tab", StringComparison.OrdinalIgnoreCase))
        {
            return "indent with spaces, not tabs";
        }

        if (message.Contains("indentation", StringComparison.OrdinalIgnoreCase) || message.Contains("block", StringComparison.OrdinalIgnoreCase))
        {
            return "check the indentation: items of one list or mapping line up exactly";
        }

        return "check quotes, colons and indentation on this line and the one before";
    }

    [GeneratedRegex(@"^\s*\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\):\s*")]
    private static partial Regex PositionPrefix();
}
