namespace Clio.Essays;

/// <summary>
/// A set of word phrases, each with a tag, found in a run of words in one pass: phrases are filed under their
/// first word, so a sentence of n words costs n look-ups, however many phrases there are.
/// </summary>
/// <typeparam name="T">The tag each phrase carries.</typeparam>
internal sealed class PhraseSet<T>
{
    private readonly Dictionary<string, List<(string[] Words, T Tag)>> _byFirst = new(StringComparer.Ordinal);

    public PhraseSet(IEnumerable<(string[] Words, T Tag)> phrases)
    {
        foreach (var (words, tag) in phrases.Where(p => p.Words.Length > 0))
        {
            if (!_byFirst.TryGetValue(words[0], out var list))
            {
                _byFirst[words[0]] = list = [];
            }

            list.Add((words, tag));
        }

        foreach (var list in _byFirst.Values)
        {
            list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        }
    }

    /// <summary>Every phrase found, as (first word, length, tag), longest first at each position, overlaps allowed.</summary>
    public List<(int At, int Length, T Tag)> FindAll(IReadOnlyList<string> words)
    {
        var found = new List<(int, int, T)>();
        for (var i = 0; i < words.Count; i++)
        {
            if (!_byFirst.TryGetValue(words[i], out var list))
            {
                continue;
            }

            foreach (var (phrase, tag) in list)
            {
                if (Matches(words, i, phrase))
                {
                    found.Add((i, phrase.Length, tag));
                }
            }
        }

        return found;
    }

    /// <summary>Whether any phrase occurs.</summary>
    public bool Any(IReadOnlyList<string> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (_byFirst.TryGetValue(words[i], out var list) && list.Exists(p => Matches(words, i, p.Words)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a phrase starts the words.</summary>
    public bool StartsWith(IReadOnlyList<string> words) =>
        words.Count > 0 && _byFirst.TryGetValue(words[0], out var list) && list.Exists(p => Matches(words, 0, p.Words));

    private static bool Matches(IReadOnlyList<string> words, int at, string[] phrase)
    {
        if (at + phrase.Length > words.Count)
        {
            return false;
        }

        for (var k = 1; k < phrase.Length; k++)
        {
            if (!string.Equals(words[at + k], phrase[k], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
