using System.Buffers;
using Clio.Dates;
using Clio.Knowledge;
using Clio.Text;

namespace Clio.Essays;

/// <summary>A knowledge-base entry named in a sentence.</summary>
/// <param name="Entry">The entry named.</param>
/// <param name="FirstWord">The index of the first word of the name in the sentence.</param>
/// <param name="WordCount">How many words the name has.</param>
/// <param name="Start">Its first character in the essay.</param>
/// <param name="End">The character just after it.</param>
public sealed record Mention(Entry Entry, int FirstWord, int WordCount, int Start, int End)
{
    /// <summary>Other entries with the same name: the term "socialism in one country" beside the event.</summary>
    public IReadOnlyList<Entry> Alternatives { get; init; } = [];

    /// <summary>The index of the last word of the name.</summary>
    public int LastWord => FirstWord + WordCount - 1;
}

/// <summary>
/// Finds the entries of a knowledge base named in a sentence, by title and alias, ignoring case, accents, dashes
/// and possessives ("the Molotov-Ribbentrop Pact", "Litvinov's", "the League"). The longest name wins, and a
/// one-word name of a person or state must be written with a capital and must not be half of a compound such as
/// "Franco-Soviet".
/// </summary>
public sealed class EntityRecognizer
{
    private static readonly EntryKind[] Recognised = [EntryKind.Event, EntryKind.Actor, EntryKind.Historian, EntryKind.Term];

    // One-word names too common in ordinary prose to count as naming an entry.
    private static readonly HashSet<string> Weak = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "war", "pact", "treaty", "soviet", "soviets", "party", "revolution", "purge", "fascism",
        "munich", "intervention", "reparations", "concessions", "commissar", "union", "league", "front",
    };

    private readonly Dictionary<string, NameGroup> _byFirstWord = new(StringComparer.Ordinal);

    // Events named in the student's own words: the keys of an event's name (see Lexicon), all found close
    // together. Each signature is filed under its rarest key, so a sentence only tries the few that could match.
    private readonly Dictionary<string, List<(string[] Keys, Event Event)>> _signatures = new(StringComparer.Ordinal);

    // The keys that matter to a description: those of some signature, and the states (see Window). A sentence's
    // other keys can neither complete a signature nor stop one, so they are set aside before the search.
    private readonly HashSet<string> _describing = new(StringComparer.Ordinal);

    /// <summary>Builds the recogniser for a knowledge base.</summary>
    public EntityRecognizer(KnowledgeBase knowledge)
    {
        foreach (var entry in knowledge.All.Where(e => Recognised.Contains(e.Kind)))
        {
            var names = new[] { entry.Title }.Concat(entry.Aliases).Concat(ShortNames(entry));
            foreach (var name in names)
            {
                // A date is no name: "22 June 1941" is read as a date, and the date is checked against the event.
                if (HistoricalDate.TryParse(name, out _))
                {
                    continue;
                }

                var words = TextFolding.Tokenize(name).Select(t => t.Token).ToArray();
                if (words.Length == 0 || (words.Length == 1 && Weak.Contains(words[0])))
                {
                    continue;
                }

                if (!_byFirstWord.TryGetValue(words[0], out var group))
                {
                    _byFirstWord[words[0]] = group = new NameGroup([]);
                }

                if (!group.Names.Exists(n => n.Entry == entry && n.Words.SequenceEqual(words)))
                {
                    group.Names.Add((words, entry));
                }
            }
        }

        BuildSignatures(knowledge);

        // Longest names first; among equals, events before actors before historians before terms.
        foreach (var group in _byFirstWord.Values)
        {
            group.Names.Sort((a, b) => b.Words.Length != a.Words.Length
                ? b.Words.Length.CompareTo(a.Words.Length)
                : Array.IndexOf(Recognised, a.Entry.Kind).CompareTo(Array.IndexOf(Recognised, b.Entry.Kind)));
            group.Index();
        }
    }

    /// <summary>
    /// The shorter names students use for an entry whose title carries a qualifier: "Treaty of Moscow" for
    /// "Treaty of Moscow (1940)", "Khalkhin Gol" for "Battle of Khalkhin Gol". Two entries may share one; the
    /// mention then keeps both, and a date fits it if it fits either.
    /// </summary>
    private static IEnumerable<string> ShortNames(Entry entry)
    {
        if (entry is not Event)
        {
            yield break;
        }

        var open = entry.Title.IndexOf('(', StringComparison.Ordinal);
        if (open > 0)
        {
            yield return entry.Title[..open].Trim();
        }

        foreach (var prefix in new[] { "Battle of ", "Battle at " })
        {
            if (entry.Title.StartsWith(prefix, StringComparison.Ordinal) && entry.Title[prefix.Length..].Split(' ').Length >= 2)
            {
                yield return entry.Title[prefix.Length..];
            }
        }
    }

    /// <summary>The entries named in a sentence, left to right, none overlapping.</summary>
    public IReadOnlyList<Mention> Find(Sentence sentence, string text)
    {
        var mentions = new List<Mention>();
        var words = sentence.Words;
        var infos = sentence.Infos;
        var i = 0;
        while (i < infos.Length)
        {
            var found = Match(words, infos, i, text);
            if (found is null)
            {
                i++;
                continue;
            }

            var (length, entry, alternatives) = found.Value;
            mentions.Add(new Mention(entry, i, length, words[i].Start, words[i + length - 1].End) { Alternatives = alternatives ?? [] });
            i += length;
        }

        FindDescribedEvents(sentence, mentions);
        mentions.Sort((a, b) => a.FirstWord.CompareTo(b.FirstWord));
        return mentions;
    }

    private void BuildSignatures(KnowledgeBase knowledge)
    {
        var all = new List<(string[] Keys, Event Event)>();
        foreach (var ev in knowledge.Events)
        {
            foreach (var name in new[] { ev.Title }.Concat(ev.Aliases))
            {
                var keys = TextFolding.Tokenize(name)
                    .Select(t => t.Token)
                    .Where(w => !Lexicon.StopWords.Contains(w) && !w.All(char.IsAsciiDigit))
                    .Select(Lexicon.Key)
                    .Distinct(StringComparer.Ordinal)
                    .ToArray();
                if (keys.Length >= 2 && !all.Exists(x => x.Event == ev && x.Keys.ToHashSet().SetEquals(keys)))
                {
                    all.Add((keys, ev));
                }
            }
        }

        var frequency = all.SelectMany(x => x.Keys).GroupBy(k => k, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        foreach (var signature in all)
        {
            var rarest = signature.Keys.OrderBy(k => frequency[k]).ThenBy(k => k, StringComparer.Ordinal).First();
            if (!_signatures.TryGetValue(rarest, out var list))
            {
                _signatures[rarest] = list = [];
            }

            list.Add(signature);
        }

        _describing.UnionWith(all.SelectMany(x => x.Keys));
        _describing.UnionWith(Lexicon.StateKeys);
    }

    /// <summary>
    /// Adds the events a sentence describes without naming them. A description may run over the names of actors
    /// ("the USSR joined the League of Nations") but never over another event.
    /// </summary>
    private void FindDescribedEvents(Sentence sentence, List<Mention> mentions)
    {
        var infos = sentence.Infos;
        var rented = ArrayPool<string?>.Shared.Rent(infos.Length);
        try
        {
            FindDescribedEvents(sentence, mentions, rented.AsSpan(0, infos.Length));
        }
        finally
        {
            ArrayPool<string?>.Shared.Return(rented, clearArray: true);
        }
    }

    private void FindDescribedEvents(Sentence sentence, List<Mention> mentions, Span<string?> keys)
    {
        keys.Clear();
        var words = sentence.Words;
        var infos = sentence.Infos;
        var eventWords = infos.Length <= 256 ? stackalloc bool[infos.Length] : new bool[infos.Length];
        foreach (var m in mentions)
        {
            if (m.Entry is Event)
            {
                eventWords.Slice(m.FirstWord, m.WordCount).Fill(true);
            }
        }

        for (var i = 0; i < infos.Length; i++)
        {
            if (eventWords[i] || infos[i].Key is not { } key)
            {
                continue;
            }

            // "the Red Army invaded": the army stands for its state.
            key = infos[i].Text == "red" && i + 1 < infos.Length && infos[i + 1].Text == "army" ? "ussr" : key;
            keys[i] = _describing.Contains(key) ? key : null;
        }

        List<(int First, int Last, Event Event, int Size, int Missing, int Order)>? candidates = null;
        for (var i = 0; i < keys.Length; i++)
        {
            if (keys[i] is not { } key || !_signatures.TryGetValue(key, out var list) || keys[..i].Contains(key))
            {
                continue;
            }

            foreach (var (signature, ev) in list)
            {
                if (Window(keys, signature) is { } window)
                {
                    candidates ??= [];
                    candidates.Add((window.First, window.Last, ev, signature.Length, window.Missing, candidates.Count));
                }
            }
        }

        if (candidates is null)
        {
            return;
        }

        // More specific signatures first, then tighter windows; no word belongs to two events. Ties keep the order found.
        candidates.Sort((a, b) =>
            a.Missing != b.Missing ? a.Missing.CompareTo(b.Missing)
            : a.Size != b.Size ? b.Size.CompareTo(a.Size)
            : a.Last - a.First != b.Last - b.First ? (a.Last - a.First).CompareTo(b.Last - b.First)
            : string.CompareOrdinal(a.Event.Id, b.Event.Id) is var byId and not 0 ? byId
            : a.Order.CompareTo(b.Order));
        foreach (var (first, last, ev, _, _, _) in candidates)
        {
            if (mentions.Exists(m => m.Entry == ev) || eventWords.Slice(first, last - first + 1).Contains(true))
            {
                continue;
            }

            mentions.Add(new Mention(ev, first, last - first + 1, words[first].Start, words[last].End));
            eventWords.Slice(first, last - first + 1).Fill(true);
        }
    }

    /// <summary>The tightest run of words holding every key of a signature, if it is short enough.</summary>
    private static (int First, int Last, int Missing)? Window(ReadOnlySpan<string?> keys, string[] signature)
    {
        var limit = signature.Length == 2 ? 4 : (signature.Length * 2) + 1;
        var all = (1 << signature.Length) - 1;
        (int First, int Last, int Missing)? best = null;
        for (var start = 0; start < keys.Length; start++)
        {
            if (keys[start] is null || Array.IndexOf(signature, keys[start]) < 0)
            {
                continue;
            }

            var found = 0;
            for (var end = start; end < keys.Length && end - start < limit; end++)
            {
                if (keys[end] is { } k && Array.IndexOf(signature, k) is var index and >= 0)
                {
                    found |= 1 << index;
                }

                var missing = System.Numerics.BitOperations.PopCount((uint)(all & ~found));

                // A long name may lose its state in the student's words ("Hitler became Chancellor"), but not
                // for another state: "the USSR joined the League" is not "Germany joins the League".
                var enough = missing == 0 ||
                    (signature.Length >= 4 && missing == 1 && Lexicon.StateKeys.Contains(signature[System.Numerics.BitOperations.TrailingZeroCount((uint)(all & ~found))]) &&
                     !OtherState(keys, signature));
                if (enough)
                {
                    if (best is null || missing < best.Value.Missing || (missing == best.Value.Missing && end - start < best.Value.Last - best.Value.First))
                    {
                        best = (start, end, missing);
                    }

                    if (missing == 0)
                    {
                        break;
                    }
                }
            }
        }

        return best;
    }

    /// <summary>Whether the words name a state the signature does not.</summary>
    private static bool OtherState(ReadOnlySpan<string?> keys, string[] signature)
    {
        foreach (var key in keys)
        {
            if (key is not null && Lexicon.StateKeys.Contains(key) && Array.IndexOf(signature, key) < 0)
            {
                return true;
            }
        }

        return false;
    }

    private (int Length, Entry Entry, List<Entry>? Alternatives)? Match(IReadOnlyList<Word> words, WordInfo[] infos, int at, string text)
    {
        if (!_byFirstWord.TryGetValue(infos[at].Text, out var group))
        {
            return null;
        }

        var candidates = group.Candidates(at + 1 < infos.Length ? infos[at + 1].Text : null);
        (int Length, Entry Entry, List<Entry>? Alternatives)? best = null;
        foreach (var (name, entry) in candidates)
        {
            if (best is { } b && name.Length < b.Length)
            {
                break;
            }

            if (at + name.Length > infos.Length)
            {
                continue;
            }

            var matches = true;
            for (var k = 1; k < name.Length && matches; k++)
            {
                matches = infos[at + k].Text == name[k];
            }

            if (!matches)
            {
                continue;
            }

            if (name.Length == 1 && !AcceptsOneWordName(entry, words[at], text))
            {
                continue;
            }

            if (best is { } found)
            {
                var alternatives = found.Alternatives ?? [];
                if (found.Entry != entry && !alternatives.Contains(entry))
                {
                    // "Manchukuo" the state, not the event of its creation: one word names an actor first.
                    if (name.Length == 1 && entry is Actor && found.Entry is Event)
                    {
                        alternatives.Add(found.Entry);
                        best = (found.Length, entry, alternatives);
                        continue;
                    }

                    alternatives.Add(entry);
                    best = (found.Length, found.Entry, alternatives);
                }

                continue;
            }

            best = (name.Length, entry, null);
        }

        return best;
    }

    /// <summary>
    /// The names that start with one word, longest first. Where there are many, they are also filed by their
    /// second word, so that a sentence tries only those that could match; the order stays the same.
    /// </summary>
    private sealed class NameGroup(List<(string[] Words, Entry Entry)> names)
    {
        private Dictionary<string, List<(string[] Words, Entry Entry)>>? _bySecond;
        private List<(string[] Words, Entry Entry)>? _oneWord;

        public List<(string[] Words, Entry Entry)> Names { get; } = names;

        /// <summary>Files the names by second word; call once the names are in their final order.</summary>
        public void Index()
        {
            if (Names.Count <= 4)
            {
                return;
            }

            _oneWord = Names.FindAll(n => n.Words.Length == 1);
            _bySecond = new Dictionary<string, List<(string[] Words, Entry Entry)>>(StringComparer.Ordinal);
            foreach (var second in Names.Where(n => n.Words.Length > 1).Select(n => n.Words[1]).Distinct(StringComparer.Ordinal))
            {
                _bySecond[second] = Names.FindAll(n => n.Words.Length == 1 || n.Words[1] == second);
            }
        }

        /// <summary>The names, in order, that could start here given the next word (null at the sentence's end).</summary>
        public List<(string[] Words, Entry Entry)> Candidates(string? next) =>
            _bySecond is null ? Names
            : next is not null && _bySecond.TryGetValue(next, out var list) ? list
            : _oneWord!;
    }

    private static bool AcceptsOneWordName(Entry entry, Word word, string text)
    {
        if (entry is Term)
        {
            return true;
        }

        // People, states and historians are proper nouns.
        if (!char.IsUpper(text[word.Start]))
        {
            return false;
        }

        // "Franco-Soviet", "Anglo-German": half of a compound adjective names no one.
        var before = word.Start - 1;
        var after = word.End;
        var dashes = "-\u2010\u2011\u2012\u2013\u2014";
        return !(after < text.Length && dashes.Contains(text[after], StringComparison.Ordinal)) &&
               !(before >= 0 && dashes.Contains(text[before], StringComparison.Ordinal));
    }
}
