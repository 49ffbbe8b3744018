using System.Collections.Frozen;
using Clio.Knowledge;
using Clio.Text;

namespace Clio.Search;

/// <summary>One search result.</summary>
/// <param name="Entry">The entry found.</param>
/// <param name="Score">How well it matches; higher is better. Comparable only within one search.</param>
/// <param name="Snippet">A short piece of the entry's text, near the words matched where possible.</param>
public sealed record SearchHit(Entry Entry, double Score, string Snippet);

/// <summary>
/// Ranked full-text search over every entry of a knowledge base. It ignores case, accents and punctuation,
/// knows each entry's aliases, tolerates typos ("litvinof" finds Litvinov) and completes the last word typed.
/// Built once per knowledge base; searching allocates little and is safe from many threads.
/// </summary>
/// <remarks>
/// Scoring is BM25 over weighted fields (title and aliases weigh most, then the summary, then the rest), then
/// scaled by how many of the query's words the entry matched, with a bonus when the whole query stands as a
/// phrase in the title or an alias, so "molotov ribbentrop" puts the Pact above both men.
/// </remarks>
public sealed class SearchIndex
{
    private const double K1 = 1.2;
    private const double B = 0.5;
    private const double TitleWeight = 8;
    private const double AliasWeight = 6;
    private const double SummaryWeight = 2;
    private const double BodyWeight = 1;
    private const int SnippetLength = 160;

    private readonly Entry[] _entries;
    private readonly double[] _priors;
    private readonly string[][] _names;
    private readonly FrozenDictionary<string, Posting[]> _postings;
    private readonly string[][] _vocabularyByLength;

    private readonly record struct Posting(int Doc, float Weight);

    private SearchIndex(Entry[] entries, double[] priors, string[][] names, FrozenDictionary<string, Posting[]> postings)
    {
        _entries = entries;
        _priors = priors;
        _names = names;
        _postings = postings;
        var maxLength = postings.Keys.Max(k => k.Length);
        _vocabularyByLength = new string[maxLength + 1][];
        var byLength = postings.Keys.GroupBy(k => k.Length).ToDictionary(g => g.Key, g => g.Order(StringComparer.Ordinal).ToArray());
        for (var i = 0; i <= maxLength; i++)
        {
            _vocabularyByLength[i] = byLength.GetValueOrDefault(i) ?? [];
        }
    }

    /// <summary>Builds the index for a knowledge base.</summary>
    public static SearchIndex Build(KnowledgeBase knowledge)
    {
        var entries = knowledge.All.ToArray();
        var names = new string[entries.Length][];
        var weights = new Dictionary<string, Dictionary<int, double>>(StringComparer.Ordinal);

        void Add(string token, int doc, double part)
        {
            if (!weights.TryGetValue(token, out var byDoc))
            {
                weights[token] = byDoc = [];
            }

            byDoc[doc] = byDoc.GetValueOrDefault(doc) + part;
        }

        // Names: the title, each alias and the id are names alike, and a word scores by the best name it is in,
        // so an entry with many aliases is not penalised for them, nor rewarded for repeating a word across them.
        var nameTokens = new List<string>[entries.Length][];
        var nameLengths = 0.0;
        var nameCount = 0;
        for (var doc = 0; doc < entries.Length; doc++)
        {
            var entry = entries[doc];
            string[] rawNames = [entry.Title, .. entry.Aliases, entry.Id.Replace('-', ' ')];
            names[doc] = [.. rawNames.Select(TextFolding.Normalize)];
            nameTokens[doc] = [.. rawNames.Select(n => TextFolding.Tokenize(n).Select(t => Stemmer.Stem(t.Token)).ToList())];
            nameLengths += nameTokens[doc].Sum(t => t.Count);
            nameCount += nameTokens[doc].Length;
        }

        var averageName = Math.Max(1, nameLengths / Math.Max(1, nameCount));
        for (var doc = 0; doc < entries.Length; doc++)
        {
            var best = new Dictionary<string, double>(StringComparer.Ordinal);
            for (var i = 0; i < nameTokens[doc].Length; i++)
            {
                var tokens = nameTokens[doc][i];
                var weight = i == 0 ? TitleWeight : AliasWeight;
                var norm = K1 * (1 - B + (B * tokens.Count / averageName));
                foreach (var group in tokens.GroupBy(t => t, StringComparer.Ordinal))
                {
                    var tf = group.Count();
                    var part = weight * tf * (K1 + 1) / (tf + norm);
                    best[group.Key] = Math.Max(best.GetValueOrDefault(group.Key), part);
                }
            }

            foreach (var (token, part) in best)
            {
                Add(token, doc, part);
            }
        }

        // Prose: the summary, then the rest, each with its own average length.
        var prose = new (double Weight, List<string>[] Tokens)[]
        {
            (SummaryWeight, [.. entries.Select(e => Tokens(e.Description))]),
            (BodyWeight, [.. entries.Select(e => Tokens(BodyText(e, knowledge)))]),
        };
        foreach (var (weight, tokensByDoc) in prose)
        {
            var average = Math.Max(1, tokensByDoc.Average(t => t.Count));
            for (var doc = 0; doc < entries.Length; doc++)
            {
                var tokens = tokensByDoc[doc];
                var norm = K1 * (1 - B + (B * tokens.Count / average));
                foreach (var group in tokens.GroupBy(t => t, StringComparer.Ordinal))
                {
                    var tf = group.Count();
                    Add(group.Key, doc, weight * tf * (K1 + 1) / (tf + norm));
                }
            }
        }

        var n = entries.Length;
        var postings = weights.ToFrozenDictionary(
            w => w.Key,
            w =>
            {
                var idf = Math.Log(1 + ((n - w.Value.Count + 0.5) / (w.Value.Count + 0.5)));
                return w.Value.OrderBy(p => p.Key).Select(p => new Posting(p.Key, (float)(p.Value * idf))).ToArray();
            },
            StringComparer.Ordinal);
        // Entries that many others link to are the ones students mean when a query is ambiguous: "molotov
        // ribbentrop" is the Pact more often than the line it drew. A gentle, logarithmic prior says so.
        var inbound = entries
            .SelectMany(e => KnowledgeBase.LinksFrom(e).Distinct(StringComparer.Ordinal))
            .GroupBy(id => id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var priors = entries.Select(e => 1 + (0.15 * Math.Log(1 + inbound.GetValueOrDefault(e.Id)))).ToArray();
        return new SearchIndex(entries, priors, names, postings);
    }

    /// <summary>The entries that best match a query, best first. An empty query finds nothing.</summary>
    public IReadOnlyList<SearchHit> Search(string query, int limit = 10)
    {
        var terms = TextFolding.Tokenize(query).Select(t => t.Token).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
        if (terms.Length == 0 || limit <= 0)
        {
            return [];
        }

        var scores = new double[_entries.Length];
        var matched = new int[_entries.Length];
        var matchedWords = new List<string>[terms.Length];
        for (var t = 0; t < terms.Length; t++)
        {
            var isLast = t == terms.Length - 1;
            var bit = 1 << Math.Min(t, 30);
            matchedWords[t] = [];
            foreach (var (word, factor) in Expand(terms[t], isLast))
            {
                matchedWords[t].Add(word);
                foreach (var posting in _postings[word])
                {
                    scores[posting.Doc] += posting.Weight * factor;
                    matched[posting.Doc] |= bit;
                }
            }
        }

        var phrase = string.Join(' ', terms);
        var hits = new List<(int Doc, double Score)>();
        for (var doc = 0; doc < scores.Length; doc++)
        {
            if (scores[doc] <= 0)
            {
                continue;
            }

            var coverage = (double)System.Numerics.BitOperations.PopCount((uint)matched[doc]) / Math.Min(terms.Length, 31);
            var score = scores[doc] * coverage * coverage;
            score *= NameBonus(_names[doc], phrase) * _priors[doc];
            hits.Add((doc, score));
        }

        return [.. hits
            .OrderByDescending(h => h.Score)
            .ThenBy(h => _entries[h.Doc].Id, StringComparer.Ordinal)
            .Take(limit)
            .Select(h => new SearchHit(_entries[h.Doc], Math.Round(h.Score, 3), Snippet(_entries[h.Doc], matchedWords)))];
    }

    /// <summary>
    /// The indexed words a query word stands for, each with a factor: itself; failing that, words one or two
    /// edits away; and for the last word typed, words it begins.
    /// </summary>
    private List<(string Word, double Factor)> Expand(string term, bool isLast)
    {
        var words = new List<(string, double)>();
        var stem = Stemmer.Stem(term);
        if (_postings.ContainsKey(stem))
        {
            words.Add((stem, 1.0));
        }

        if (stem != term && _postings.ContainsKey(term))
        {
            words.Add((term, 1.0));
        }

        if (words.Count == 0 && term.Length >= 4)
        {
            var maxEdits = term.Length >= 8 ? 2 : 1;
            for (var length = Math.Max(1, term.Length - maxEdits); length <= Math.Min(_vocabularyByLength.Length - 1, term.Length + maxEdits); length++)
            {
                foreach (var candidate in _vocabularyByLength[length])
                {
                    // Typos rarely change the first letter; checking it first keeps the scan cheap.
                    if (candidate[0] != term[0] && (candidate.Length < 2 || candidate[1] != term[0]))
                    {
                        continue;
                    }

                    var distance = EditDistance.Compute(term, candidate, maxEdits);
                    if (distance <= maxEdits)
                    {
                        words.Add((candidate, distance == 1 ? 0.8 : 0.6));
                    }
                }
            }
        }

        if (isLast && term.Length >= 3)
        {
            for (var length = term.Length + 1; length < _vocabularyByLength.Length; length++)
            {
                foreach (var candidate in _vocabularyByLength[length])
                {
                    if (candidate.StartsWith(term, StringComparison.Ordinal) && !words.Exists(w => w.Item1 == candidate))
                    {
                        words.Add((candidate, words.Count == 0 ? 0.7 : 0.3));
                    }
                }
            }
        }

        return words;
    }

    private static double NameBonus(string[] names, string phrase)
    {
        var bonus = 1.0;
        foreach (var name in names)
        {
            if (name == phrase)
            {
                return 3.0;
            }

            if (phrase.Length >= 3 && ContainsWords(name, phrase))
            {
                bonus = 2.0;
            }
        }

        return bonus;
    }

    private static bool ContainsWords(string text, string phrase)
    {
        var at = text.IndexOf(phrase, StringComparison.Ordinal);
        while (at >= 0)
        {
            var startOk = at == 0 || text[at - 1] == ' ';
            var end = at + phrase.Length;
            var endOk = end == text.Length || text[end] == ' ';
            if (startOk && endOk)
            {
                return true;
            }

            at = text.IndexOf(phrase, at + 1, StringComparison.Ordinal);
        }

        return false;
    }

    private static string Snippet(Entry entry, List<string>[] matchedWords)
    {
        var text = entry.Description.ReplaceLineEndings(" ").Trim();
        if (text.Length <= SnippetLength)
        {
            return text;
        }

        var tokens = TextFolding.Tokenize(text);
        var wanted = matchedWords.SelectMany(w => w).ToHashSet(StringComparer.Ordinal);
        var first = tokens.FindIndex(t => wanted.Contains(Stemmer.Stem(t.Token)) || wanted.Contains(t.Token));
        var start = first < 0 ? 0 : tokens[first].Start;

        // Start at the sentence that holds the first match, so the snippet reads as prose.
        var sentenceStart = start == 0 ? 0 : text.LastIndexOfAny(['.', '!', '?'], Math.Max(0, start - 1)) + 1;
        if (start - sentenceStart > SnippetLength / 2)
        {
            sentenceStart = text.LastIndexOf(' ', Math.Max(0, start - 40)) + 1;
        }

        var from = sentenceStart;
        while (from < text.Length && text[from] == ' ')
        {
            from++;
        }

        var length = Math.Min(SnippetLength, text.Length - from);
        var piece = text.Substring(from, length);
        if (from + length < text.Length)
        {
            var cut = piece.LastIndexOf(' ');
            piece = (cut > SnippetLength / 2 ? piece[..cut] : piece).TrimEnd(',', ';', ':') + "…";
        }

        return (from > 0 ? "…" : string.Empty) + piece;
    }

    private static List<string> Tokens(string text) => [.. TextFolding.Tokenize(text).Select(t => Stemmer.Stem(t.Token))];

    private static string BodyText(Entry entry, KnowledgeBase knowledge) => entry switch
    {
        Event e => string.Join(" ; ", [e.Significance, e.Place ?? string.Empty, e.Type]),
        Actor a => string.Join(" ; ", a.Roles.Select(r => r.Office + " " + (r.Of is null ? string.Empty : knowledge.Find(r.Of)?.Title))),
        Historian h => string.Join(" ; ", h.Arguments.Select(a => a.Claim)),
        Term t => string.Empty,
        Source s => string.Join(" ; ", s.Authors),
        NoteSection n => n.Markdown,
        _ => string.Empty,
    };
}
