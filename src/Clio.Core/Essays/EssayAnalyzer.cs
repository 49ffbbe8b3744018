using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using Clio.Knowledge;
using Clio.Text;

namespace Clio.Essays;

/// <summary>
/// Marks an essay against a question's mark scheme: coverage of the indicative points, fact-checking, argument
/// and structure, and a level and mark per assessment objective with reasons and advice. Pure and
/// deterministic: the same essay always gives the same report. It never throws on any text.
/// </summary>
/// <remarks>
/// Every feature that earns credit counts distinct things (points covered, points explained, entries named,
/// precise dates, paragraphs that add something new), so padding, repetition and off-topic text earn nothing,
/// and removing a paragraph can only take credit away. Fact errors are reported but never lower the mark:
/// boards mark positively.
/// </remarks>
public sealed class EssayAnalyzer
{
    private readonly KnowledgeBase _kb;
    private readonly FactChecker _checker;
    private readonly ConcurrentDictionary<string, QuestionModel> _models = new(StringComparer.Ordinal);
    private readonly HistorianKeys _historians;

    /// <summary>An analyser over a knowledge base that holds the questions and schemes.</summary>
    public EssayAnalyzer(KnowledgeBase knowledge)
    {
        _kb = knowledge;
        _checker = new FactChecker(knowledge);
        _historians = new HistorianKeys(knowledge);
    }

    /// <summary>The fact-checker the analyser uses.</summary>
    public FactChecker Checker => _checker;

    /// <summary>Analyses an essay written for a question.</summary>
    public FeedbackReport Analyze(string text, Question question)
    {
        var model = _models.GetOrAdd(question.Id, static (_, state) => new QuestionModel(state.Question, state.Analyzer._kb, state.Analyzer._historians), (Question: question, Analyzer: this));
        var document = EssayDocument.Parse(text);
        var recognized = _checker.Recognize(document);
        var claims = _checker.Check(document, recognized);
        var facts = SentenceFacts(recognized, model);
        var coverage = Coverage(model, facts);
        var structure = Structure(document, model, facts, coverage);
        var marking = new Marking(model, facts, coverage, structure, claims);
        return new FeedbackReport
        {
            QuestionId = question.Id,
            Words = document.WordCount,
            Level = marking.Level,
            Mark = marking.Mark,
            MaxMark = model.Scheme.Marks,
            KnowledgeScore = Math.Round(marking.Scores.Knowledge, 3),
            AnalysisScore = Math.Round(marking.Scores.Analysis, 3),
            Objectives = marking.Objectives,
            Coverage = coverage,
            Claims = claims,
            Structure = structure,
            Advice = marking.Advice,
            Document = document,
        };
    }

    /// <summary>What each sentence offers: its entries, the points it evidences, whether it repeats or analyses.</summary>
    /// <param name="Sentence">The sentence.</param>
    /// <param name="Mentions">The entries it names.</param>
    /// <param name="Times">The dates it gives.</param>
    /// <param name="PointSignals">By point (in the order of <see cref="QuestionModel.Points"/>), how many signals of it the sentence gives; 0 for none.</param>
    /// <param name="SpecificPoints">By point, whether a signal of it is specific: a name, a date or a phrase, not generic words alone.</param>
    /// <param name="SignalCount">How many points the sentence gives any signal of.</param>
    /// <param name="OnTopic">Whether it is on the question and not a repeat.</param>
    /// <param name="Analytical">Whether, on topic, it explains.</param>
    /// <param name="Weighing">Whether, on topic, it weighs the other side.</param>
    /// <param name="Repeated">Whether it repeats an earlier sentence.</param>
    internal sealed record SentenceFact(
        Sentence Sentence,
        IReadOnlyList<Mention> Mentions,
        IReadOnlyList<TimeMention> Times,
        int[] PointSignals,
        bool[] SpecificPoints,
        int SignalCount,
        bool OnTopic,
        bool Analytical,
        bool Weighing,
        bool Repeated);

    private static List<SentenceFact> SentenceFacts(IReadOnlyList<RecognizedSentence> recognized, QuestionModel model)
    {
        var facts = new List<SentenceFact>(recognized.Count);

        // Each sentence's distinct keys, sorted for merging.
        var seen = new List<string[]>(recognized.Count);
        var keys = new List<string>();
        var hits = new List<(int At, int Length, (int Point, int Concept) Tag)>();
        var tags = new List<(int Point, int Concept)>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var points = model.Points;
        var entries = new int[points.Count];
        foreach (var (sentence, mentions, times) in recognized)
        {
            keys.Clear();
            foreach (var info in sentence.Infos)
            {
                if (info.Key is { } key)
                {
                    keys.Add(key);
                }
            }

            var keySet = DistinctSorted(keys);

            // Two sentences of very different length cannot share 80 % of their words: skip those pairs cheaply.
            var repeated = false;
            if (keySet.Length > 0)
            {
                foreach (var s in seen)
                {
                    if (s.Length * 5 >= keySet.Length * 4 && keySet.Length * 5 >= s.Length * 4 && Overlaps(s, keySet, 0.8))
                    {
                        repeated = true;
                        break;
                    }
                }
            }

            seen.Add(keySet);

            // How many of each point's entries the sentence names (each entry named counts once).
            ids.Clear();
            Array.Clear(entries);
            for (var i = 0; i < mentions.Count; i++)
            {
                var alternatives = mentions[i].Alternatives;
                for (var k = 0; k < alternatives.Count; k++)
                {
                    Credit(alternatives[k].Id);
                }

                Credit(mentions[i].Entry.Id);
            }

            // Each concept counts once, however often the sentence uses it.
            hits.Clear();
            tags.Clear();
            model.Concepts.FindAll(CollectionsMarshal.AsSpan(keys), hits);
            foreach (var hit in hits)
            {
                if (!tags.Contains(hit.Tag))
                {
                    tags.Add(hit.Tag);
                }
            }

            int[]? signals = null;
            bool[]? specific = null;
            var signalCount = 0;
            var specificCount = 0;
            for (var p = 0; p < points.Count; p++)
            {
                var point = points[p];
                var concepts = 0;
                var specificConcept = false;
                foreach (var tag in tags)
                {
                    if (tag.Point == p)
                    {
                        concepts++;
                        specificConcept = specificConcept || point.Specific[tag.Concept];
                    }
                }

                if (concepts + entries[p] > 0)
                {
                    signals ??= new int[points.Count];
                    specific ??= new bool[points.Count];
                    signals[p] = concepts + entries[p];
                    signalCount++;

                    // Generic words alone ("security") evidence nothing: a name, a date or a phrase must back them.
                    if (entries[p] > 0 || times.Count > 0 || specificConcept)
                    {
                        specific[p] = true;
                        specificCount++;
                    }
                }
            }

            // On the question: a specific signal for some point, or a relevant entry named. Generic words alone
            // ("the most important factor") are not enough.
            var onTopic = specificCount > 0 || NamesRelevant(mentions, model);
            facts.Add(new SentenceFact(
                sentence,
                mentions,
                times,
                signals ?? model.NoSignals,
                specific ?? model.NoSpecificPoints,
                signalCount,
                onTopic && !repeated,
                onTopic && !repeated && Markers.Any(sentence, Markers.Analysis),
                onTopic && !repeated && Markers.Any(sentence, Markers.Weighing),
                repeated));
        }

        return facts;

        void Credit(string id)
        {
            if (ids.Add(id) && model.PointsByEntry.TryGetValue(id, out var named))
            {
                foreach (var p in named)
                {
                    entries[p]++;
                }
            }
        }
    }

    private static bool NamesRelevant(IReadOnlyList<Mention> mentions, QuestionModel model)
    {
        for (var i = 0; i < mentions.Count; i++)
        {
            if (model.Relevant.Contains(mentions[i].Entry.Id))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The distinct keys of a list, in ordinal order.</summary>
    private static string[] DistinctSorted(List<string> keys)
    {
        if (keys.Count == 0)
        {
            return [];
        }

        var sorted = keys.ToArray();
        Array.Sort(sorted, StringComparer.Ordinal);
        var count = 1;
        for (var i = 1; i < sorted.Length; i++)
        {
            if (sorted[i] != sorted[count - 1])
            {
                sorted[count++] = sorted[i];
            }
        }

        return count == sorted.Length ? sorted : sorted[..count];
    }

    // Words any essay may use about any question; a phrase made only of them evidences nothing in particular.
    private static readonly HashSet<string> GenericConceptWords = new(StringComparer.Ordinal)
    {
        "most", "important", "main", "key", "reason", "factor", "decisive", "significant", "significance", "aim",
        "policy", "foreign", "more", "less", "very", "great", "greatest", "major", "primary", "chief", "central", "role",
        "success", "successful", "failure", "failed", "fail", "overall", "argue", "argued", "view", "extent", "ussr",
        "soviet", "stalin", "interest", "national", "security", "ideology", "short", "long", "term",
    };

    private static bool IsSpecific(string[] concept) => concept.Length > 1 && concept.Any(k => !GenericConceptWords.Contains(k));

    /// <summary>
    /// Whether the share of the larger of two sets of keys (distinct, sorted) that the other holds too reaches
    /// <paramref name="share"/>. The merge stops as soon as the keys left cannot reach it.
    /// </summary>
    private static bool Overlaps(string[] a, string[] b, double share)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return 0 >= share;
        }

        // The fewest shared keys that reach the share, worked out with the same division as the test below.
        var max = Math.Max(a.Length, b.Length);
        var needed = 0;
        while (needed <= max && needed / (double)max < share)
        {
            needed++;
        }

        var shared = 0;
        for (int i = 0, j = 0; i < a.Length && j < b.Length;)
        {
            if (shared + Math.Min(a.Length - i, b.Length - j) < needed)
            {
                return false;
            }

            var order = string.CompareOrdinal(a[i], b[j]);
            if (order == 0)
            {
                shared++;
                i++;
                j++;
            }
            else if (order < 0)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return shared / (double)max >= share;
    }

    private static List<PointCoverage> Coverage(QuestionModel model, List<SentenceFact> facts)
    {
        var result = new List<PointCoverage>(model.Points.Count);
        var evidence = new List<SentenceFact>();
        for (var p = 0; p < model.Points.Count; p++)
        {
            var point = model.Points[p];
            evidence.Clear();
            foreach (var f in facts)
            {
                if (!f.Repeated && f.PointSignals[p] > 0)
                {
                    evidence.Add(f);
                }
            }

            // Covered: a paragraph that makes the point with three signals, at least one sentence of it specific.
            // The facts run in document order, so a paragraph's evidence is one run.
            var covered = false;
            for (var i = 0; i < evidence.Count && !covered;)
            {
                var paragraph = evidence[i].Sentence.Paragraph;
                var sum = 0;
                var specific = false;
                for (; i < evidence.Count && evidence[i].Sentence.Paragraph == paragraph; i++)
                {
                    sum += evidence[i].PointSignals[p];
                    specific = specific || (evidence[i].SpecificPoints[p] && evidence[i].PointSignals[p] >= 2);
                }

                covered = sum >= 3 && specific;
            }

            var best = Strongest(evidence, p);
            var explained = covered && evidence.Exists(f => f.Analytical);
            result.Add(new PointCoverage(point.Point.Id, point.Point.Statement, point.Side, covered, explained, best));
        }

        return result;
    }

    /// <summary>The three sentences with the most signals of a point (the first of equals), in document order.</summary>
    private static List<Sentence> Strongest(List<SentenceFact> evidence, int point)
    {
        // The evidence runs in document order, so a later sentence goes after those with as many signals.
        var top = new List<SentenceFact>(4);
        foreach (var f in evidence)
        {
            var at = 0;
            while (at < top.Count && top[at].PointSignals[point] >= f.PointSignals[point])
            {
                at++;
            }

            if (at == top.Count && top.Count < 3)
            {
                top.Add(f);
            }
            else if (at < top.Count)
            {
                top.Insert(at, f);
                if (top.Count > 3)
                {
                    top.RemoveAt(3);
                }
            }
        }

        top.Sort((a, b) => a.Sentence.Index.CompareTo(b.Sentence.Index));
        return top.ConvertAll(f => f.Sentence);
    }

    private static StructureReport Structure(EssayDocument document, QuestionModel model, List<SentenceFact> facts, List<PointCoverage> coverage)
    {
        // Only paragraphs with something on the question count towards the essay's shape, so that a paragraph of
        // padding cannot turn a one-paragraph answer into one with an introduction and a conclusion.
        var byParagraph = facts.GroupBy(f => f.Sentence.Paragraph).ToDictionary(g => g.Key, g => g.ToList());
        var paragraphs = document.Paragraphs.Where(p => byParagraph.TryGetValue(p.Index, out var pf) && pf.Any(f => f.OnTopic)).ToList();

        // The introduction's thesis: a judgement in the question's own terms.
        Sentence? thesis = null;
        if (paragraphs.Count >= 2 && byParagraph.TryGetValue(paragraphs[0].Index, out var intro))
        {
            // A judgement in a sentence on the question, in an introduction that takes up the question's terms.
            var introAddresses = intro.Sum(f => model.AddressesQuestion(f.Sentence, 1) ? 1 : 0) >= 2 || intro.Any(f => model.AddressesQuestion(f.Sentence, 2));
            thesis = introAddresses
                ? intro.Where(f => !f.Repeated && Markers.Any(f.Sentence, Markers.Judgement))
                    .OrderByDescending(f => model.AddressesQuestion(f.Sentence, 1))
                    .FirstOrDefault()?.Sentence
                : null;
        }

        // The conclusion: the last paragraph, if it sums up or judges.
        var last = paragraphs.Count >= 3 ? paragraphs[^1] : null;
        var conclusionFacts = last is null ? [] : byParagraph.GetValueOrDefault(last.Index) ?? [];
        var conclusion = last is not null && conclusionFacts.Any(f => f.OnTopic) &&
                         (Markers.StartsWith(last.Sentences[0], Markers.Conclusion) || conclusionFacts.Any(f => f.OnTopic && Markers.Any(f.Sentence, Markers.Judgement)));
        var supported = conclusion && conclusionFacts.Any(f => Markers.Any(f.Sentence, Markers.Judgement)) &&
                        conclusionFacts.Any(f => f.OnTopic && (f.SignalCount > 0 || f.Analytical)) &&
                        conclusionFacts.Sum(f => f.SignalCount) >= 2;

        // Body paragraphs count only when they add something new: a point or an entry not credited before.
        var creditedPoints = new HashSet<int>();
        var creditedEntries = new HashSet<string>(StringComparer.Ordinal);
        var topic = 0;
        var body = 0;
        foreach (var paragraph in paragraphs)
        {
            var pf = byParagraph.GetValueOrDefault(paragraph.Index) ?? [];
            var newPoints = 0;
            foreach (var f in pf)
            {
                for (var p = 0; f.OnTopic && p < f.SpecificPoints.Length; p++)
                {
                    if (f.SpecificPoints[p] && creditedPoints.Add(p))
                    {
                        newPoints++;
                    }
                }
            }

            var newEntries = pf.Where(f => f.OnTopic).SelectMany(f => f.Mentions).Select(m => m.Entry.Id).Where(creditedEntries.Add).Count();
            var isBody = paragraph.Index > paragraphs[0].Index && (last is null || paragraph.Index != last.Index);
            if (!isBody || newPoints + newEntries == 0)
            {
                continue;
            }

            body++;
            var first = paragraph.Sentences[0];
            var startsWithDate = pf.Count > 0 && pf[0].Times.Any(t => t.Start - first.Start <= 3);
            if (!startsWithDate && (model.AddressesQuestion(first, 1) || (pf.Count > 0 && (pf[0].Analytical || pf[0].SignalCount > 0) && Markers.Any(first, Markers.Judgement))))
            {
                topic++;
            }
        }

        var historians = new List<HistorianUse>();
        foreach (var fact in facts.Where(f => !f.Repeated))
        {
            foreach (var mention in fact.Mentions.Where(m => m.Entry is Historian).DistinctBy(m => m.Entry.Id))
            {
                historians.Add(new HistorianUse(mention.Entry.Id, mention.Entry.Title, fact.Sentence, model.MatchesHistorian((Historian)mention.Entry, fact.Sentence)));
            }
        }

        var covered = coverage.Where(c => c.Covered).ToList();
        var weighing = facts.Count(f => f.Weighing);
        var sides = covered.Select(c => c.Side).ToHashSet(StringComparer.Ordinal);
        var balanced = weighing >= 2 && (model.Question.Claim is null ? covered.Count >= 3 : sides.Contains("for") && sides.Contains("against"));

        return new StructureReport
        {
            Paragraphs = document.Paragraphs.Count,
            Thesis = thesis is not null,
            ThesisSentence = thesis,
            TopicSentences = topic,
            BodyParagraphs = body,
            AnalyticalSentences = facts.Count(f => f.Analytical),
            NarrativeSentences = facts.Count(f => f.OnTopic && !f.Analytical),
            CounterArguments = weighing,
            Balanced = balanced,
            Conclusion = conclusion,
            SupportedJudgement = supported,
            Historians = historians,
            Repeated = facts.Count(f => f.Repeated),
            OffTopic = facts.Count(f => !f.OnTopic && !f.Repeated),
        };
    }

    /// <summary>What the analyser needs to know about a question, computed once.</summary>
    internal sealed class QuestionModel
    {
        public QuestionModel(Question question, KnowledgeBase kb, HistorianKeys historians)
        {
            Question = question;
            Scheme = kb.Find<MarkScheme>(question.SchemeId) ?? throw new InvalidOperationException($"Question {question.Id} has no scheme.");
            Points = [.. question.Points.Select(p => new PointModel(p, [.. p.Concepts.Select(KeysOf).Where(k => k.Length > 0).Distinct(new PhraseComparer())]))];
            NoSignals = new int[Points.Count];
            PointsByEntry = Points.SelectMany((p, i) => p.Point.Entries.Select(e => (Entry: e, Point: i)))
                .GroupBy(x => x.Entry, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Select(x => x.Point).ToArray(), StringComparer.Ordinal);
            NoSpecificPoints = new bool[Points.Count];
            Keywords = question.Title.Split(' ')
                .SelectMany(w => TextFolding.Tokenize(w))
                .Select(t => t.Token)
                .Where(w => w.Length > 2 && !Lexicon.StopWords.Contains(w) && !CommandWords.Contains(w) && !w.All(char.IsAsciiDigit))
                .Select(Lexicon.Key)
                .ToHashSet(StringComparer.Ordinal);

            // Entries relevant to the question: those its points name, and events and actors of its period and themes.
            Relevant = question.Points.SelectMany(p => p.Entries).ToHashSet(StringComparer.Ordinal);
            foreach (var ev in kb.Events.Where(e => question.Period is not { } period || e.Date.Overlaps(period)))
            {
                if (question.Themes.Count == 0 || ev.Themes.Any(question.Themes.Contains))
                {
                    Relevant.Add(ev.Id);
                    Relevant.UnionWith(ev.Actors);
                }
            }

            _historianNames = historians.Names;
            Historians = historians.Arguments;
            _historianNameKeys = historians.NameKeys;
            _keywordBits = Keywords.Select((k, i) => (k, i)).ToDictionary(x => x.k, x => x.i, StringComparer.Ordinal);
            ExpectedPoints = Scheme.Marks switch { >= 25 => 8, >= 15 => 6, _ => 3 };
            Concepts = new PhraseSet<(int Point, int Concept)>(Points.SelectMany((p, i) => p.Concepts.Select((c, k) => (c, (i, k)))));
        }

        private static readonly HashSet<string> CommandWords = new(StringComparer.Ordinal)
        {
            "assess", "evaluate", "explain", "extent", "how", "far", "why", "what", "successful", "important", "view", "validity", "did", "was",
        };

        private readonly Dictionary<string, string> _historianNames;
        private readonly Dictionary<string, HashSet<string>> _historianNameKeys;

        // Each keyword's place among the keywords, to count the distinct ones a sentence uses.
        private readonly Dictionary<string, int> _keywordBits;

        public Question Question { get; }

        public string HistorianName(string id) => _historianNames.GetValueOrDefault(id, id);

        public MarkScheme Scheme { get; }

        public IReadOnlyList<PointModel> Points { get; }

        public HashSet<string> Keywords { get; }

        /// <summary>For each entry, the points that name it, once for each time a point names it.</summary>
        public Dictionary<string, int[]> PointsByEntry { get; }

        /// <summary>The signals of a sentence that gives none: never written to.</summary>
        public int[] NoSignals { get; }

        /// <summary>The specific points of a sentence that gives none: never written to.</summary>
        public bool[] NoSpecificPoints { get; }

        /// <summary>Every point's concepts, as keys, tagged with the point and concept they belong to.</summary>
        public PhraseSet<(int Point, int Concept)> Concepts { get; }

        public HashSet<string> Relevant { get; }

        public Dictionary<string, HashSet<string>> Historians { get; }

        public int ExpectedPoints { get; }

        /// <summary>Whether a sentence uses at least <paramref name="minimum"/> distinct keywords of the question.</summary>
        public bool AddressesQuestion(Sentence sentence, int minimum)
        {
            Span<bool> used = _keywordBits.Count <= 64 ? stackalloc bool[64] : new bool[_keywordBits.Count];
            var count = 0;
            foreach (var info in sentence.Infos)
            {
                if (info.Key is { } key && _keywordBits.TryGetValue(key, out var bit) && !used[bit])
                {
                    used[bit] = true;
                    count++;
                }
            }

            return count >= minimum;
        }

        /// <summary>Whether a sentence about a historian shares enough of their known argument to be consistent with it.</summary>
        public bool MatchesHistorian(Historian historian, Sentence sentence)
        {
            var known = Historians.GetValueOrDefault(historian.Id);
            if (known is null)
            {
                return false;
            }

            // Two distinct keys of the argument, from words of more than three letters that do not name the historian.
            var names = _historianNameKeys[historian.Id];
            string? first = null;
            foreach (var info in sentence.Infos)
            {
                if (info.Text.Length > 3 && info.Key is { } key && !names.Contains(key) && known.Contains(key))
                {
                    if (first is null)
                    {
                        first = key;
                    }
                    else if (key != first)
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        internal static string[] KeysOf(string text) =>
            [.. TextFolding.Tokenize(text).Select(t => t.Token).Where(w => !Lexicon.StopWords.Contains(w)).Select(Lexicon.Key)];
    }

    /// <summary>What the analyser knows of the historians, the same for every question: computed once.</summary>
    internal sealed class HistorianKeys(KnowledgeBase kb)
    {
        /// <summary>Each historian's name.</summary>
        public Dictionary<string, string> Names { get; } = kb.Historians.ToDictionary(h => h.Id, h => h.Title, StringComparer.Ordinal);

        /// <summary>The keys of each historian's known arguments.</summary>
        public Dictionary<string, HashSet<string>> Arguments { get; } = kb.Historians.ToDictionary(
            h => h.Id, h => QuestionModel.KeysOf(string.Join(' ', [h.Argument, .. h.Arguments.Select(a => a.Claim)])).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);

        /// <summary>The keys of each historian's names, which say nothing of the argument.</summary>
        public Dictionary<string, HashSet<string>> NameKeys { get; } = kb.Historians.ToDictionary(
            h => h.Id, h => QuestionModel.KeysOf(string.Join(' ', [h.Title, .. h.Aliases])).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
    }

    /// <summary>A point with its concepts as sequences of keys.</summary>
    internal sealed record PointModel(IndicativePoint Point, IReadOnlyList<string[]> Concepts)
    {
        /// <summary>By concept, whether it is specific: more than one word, not all of them generic.</summary>
        public bool[] Specific { get; } = [.. Concepts.Select(IsSpecific)];

        /// <summary>Which side of the argument the point is on, as the report writes it.</summary>
        public string Side { get; } = Point.Side.ToString().ToLowerInvariant();
    }

    private sealed class PhraseComparer : IEqualityComparer<string[]>
    {
        public bool Equals(string[]? x, string[]? y) => x is not null && y is not null && x.SequenceEqual(y);

        public int GetHashCode(string[] obj) => obj.Aggregate(17, (h, s) => HashCode.Combine(h, StringComparer.Ordinal.GetHashCode(s)));
    }
}
