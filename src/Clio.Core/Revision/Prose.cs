using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;
using Clio.Knowledge;

namespace Clio.Revision;

/// <summary>
/// What the pack's own prose says about its words: whether a word is a common word (written in lower case
/// mid-sentence) or a name, and whether a name takes "the" ("the USSR", but "Britain"). Generated questions use
/// it to put titles into sentences the way the pack's author writes them.
/// </summary>
internal sealed partial class Prose
{
    private readonly Dictionary<string, (int Lower, int Capital)> _cases = new(StringComparer.Ordinal);
    private readonly string _text;
    private readonly ConcurrentDictionary<string, bool?> _articles = new(StringComparer.Ordinal);

    public Prose(KnowledgeBase kb)
    {
        var text = new StringBuilder();
        foreach (var entry in kb.All)
        {
            switch (entry)
            {
                case Event e:
                    text.Append(e.Summary).Append(' ').Append(e.Significance).Append(' ');
                    break;
                case NoteSection n:
                    text.Append(n.Markdown).Append(' ');
                    break;
                case Actor or Term or Historian or Misconception:
                    text.Append(entry.Description).Append(' ');
                    break;
                default:
                    break;
            }
        }

        _text = Links().Replace(text.ToString(), m => m.Groups["text"].Success ? m.Groups["text"].Value : m.Groups["id"].Value);
        var atStart = true;
        foreach (Match word in Words().Matches(_text))
        {
            var value = word.Value;
            var before = word.Index > 0 ? PreviousNonSpace(word.Index) : '.';
            atStart = before is '.' or '!' or '?' or ':' or '\n' or '"' or '\u201C' or '(' or '*' or '-' or '#' || word.Index == 0;
            if (atStart)
            {
                continue;
            }

            var key = value.ToLowerInvariant();
            var counts = _cases.GetValueOrDefault(key);
            _cases[key] = char.IsUpper(value[0]) ? (counts.Lower, counts.Capital + 1) : (counts.Lower + 1, counts.Capital);
        }
    }

    /// <summary>
    /// Whether a word is a common word the pack writes in lower case mid-sentence. A word it never uses, or one with a
    /// capital inside ("Anglo-Soviet"), counts as a name.
    /// </summary>
    public bool IsCommon(string word)
    {
        var letters = Words().Match(word);
        if (!letters.Success || letters.Index != 0 || word.Skip(1).Any(char.IsUpper))
        {
            return false;
        }

        var (lower, capital) = _cases.GetValueOrDefault(letters.Value.ToLowerInvariant());
        return lower > 0 && lower >= capital;
    }

    /// <summary>Whether the pack writes a name with "the" before it, or null when it uses the name too rarely to say.</summary>
    public bool? TakesArticle(string name) => _articles.GetOrAdd(name, CountArticles);

    private bool? CountArticles(string name)
    {
        var total = 0;
        var withArticle = 0;
        var at = 0;
        while ((at = _text.IndexOf(name, at, StringComparison.Ordinal)) >= 0)
        {
            var end = at + name.Length;
            var whole = (at == 0 || !char.IsLetterOrDigit(_text[at - 1])) && (end >= _text.Length || !char.IsLetterOrDigit(_text[end]));
            if (whole)
            {
                total++;
                if (at >= 4 && (string.CompareOrdinal(_text, at - 4, "the ", 0, 4) == 0 || string.CompareOrdinal(_text, at - 4, "The ", 0, 4) == 0))
                {
                    withArticle++;
                }
            }

            at = end;
        }

        return total < 3 ? null : withArticle * 5 >= total * 2;
    }

    private char PreviousNonSpace(int index)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            if (_text[i] != ' ')
            {
                return _text[i];
            }
        }

        return '.';
    }

    [GeneratedRegex(@"[A-Za-z\u00C0-\u017F]+")]
    private static partial Regex Words();

    [GeneratedRegex(@"\[\[(?<id>[^\]|]+)(?:\|(?<text>[^\]]*))?\]\]")]
    private static partial Regex Links();
}
