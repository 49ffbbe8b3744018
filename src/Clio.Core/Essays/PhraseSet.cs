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
    public List<(int At, int Length, T Tag)> FindAll(ReadOnlySpan<string> words)
    {
        var found = new List<(int, int, T)>();
        FindAll(words, found);
        return found;
    }

    /// <summary>Adds every phrase found to <paramref name="found"/>, as <see cref="FindAll(ReadOnlySpan{string})"/> lists them.</summary>
    public void FindAll(ReadOnlySpan<string> words, List<(int At, int Length, T Tag)> found)
    {
        for (var i = 0; i < words.Length; i++)
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
    }

    /// <summary>Whether any phrase occurs.</summary>
    public bool Any(ReadOnlySpan<string> words)
    {
        for (var i = 0; i < words.Length; i++)
        {
            if (_byFirst.TryGetValue(words[i], out var list))
            {
                foreach (var (phrase, _) in list)
                {
                    if (Matches(words, i, phrase))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>Whether a phrase starts the words.</summary>
    public bool StartsWith(ReadOnlySpan<string> words)
    {
        if (words.Length == 0 || !_byFirst.TryGetValue(words[0], out var list))
        {
            return false;
        }

        foreach (var (phrase, _) in list)
        {
            if (Matches(words, 0, phrase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Matches(ReadOnlySpan<string> words, int at, string[] phrase)
    {
        if (at + phrase.Length > words.Length)
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
