namespace Clio.Essays;

/// <summary>
/// A set of word phrases, each with a tag, found in a run of words in one pass: phrases are filed under their
/// first word, so a sentence of n words costs n look-ups, however many phrases there are. A set whose first words
/// carry a <see cref="WordClass"/> bit skips the look-up at every word without it.
/// </summary>
/// <typeparam name="T">The tag each phrase carries.</typeparam>
internal sealed class PhraseSet<T>
{
    private readonly Dictionary<string, List<(string[] Words, T Tag)>> _byFirst = new(StringComparer.Ordinal);

    /// <summary>A set of phrases; <paramref name="starts"/> is the bit its first words carry (see <see cref="Vocabulary"/>), if any.</summary>
    public PhraseSet(IEnumerable<(string[] Words, T Tag)> phrases, WordClass starts = WordClass.None)
    {
        Starts = starts;
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

    /// <summary>The bit the first word of every phrase carries, or <see cref="WordClass.None"/>.</summary>
    public WordClass Starts { get; }

    /// <summary>Whether some phrase starts with the word.</summary>
    public bool IsFirstWord(string word) => _byFirst.ContainsKey(word);

    /// <summary>Every phrase found among a sentence's words, as <see cref="FindAll(ReadOnlySpan{string})"/> lists them.</summary>
    public List<(int At, int Length, T Tag)> FindAll(WordInfo[] words)
    {
        var found = new List<(int, int, T)>();
        for (var i = 0; i < words.Length; i++)
        {
            if (!CanStart(words[i]) || !_byFirst.TryGetValue(words[i].Text, out var list))
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

    /// <summary>Whether any phrase occurs among a sentence's words.</summary>
    public bool Any(WordInfo[] words)
    {
        for (var i = 0; i < words.Length; i++)
        {
            if (CanStart(words[i]) && _byFirst.TryGetValue(words[i].Text, out var list))
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

    /// <summary>Whether a phrase starts a sentence's words.</summary>
    public bool StartsWith(WordInfo[] words)
    {
        if (words.Length == 0 || !CanStart(words[0]) || !_byFirst.TryGetValue(words[0].Text, out var list))
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

    private bool CanStart(WordInfo word) => Starts == WordClass.None || word.Is(Starts);

    private static bool Matches(WordInfo[] words, int at, string[] phrase)
    {
        if (at + phrase.Length > words.Length)
        {
            return false;
        }

        for (var k = 1; k < phrase.Length; k++)
        {
            if (!string.Equals(words[at + k].Text, phrase[k], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
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
