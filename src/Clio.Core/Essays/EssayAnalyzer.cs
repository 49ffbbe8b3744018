using System.Collections.Concurrent;
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

    /// <summary>An analyser over a knowledge base that holds the questions and schemes.</summary>
    public EssayAnalyzer(KnowledgeBase knowledge)
    {
        _kb = knowledge;
        _checker = new FactChecker(knowledge);
    }

    /// <summary>The fact-checker the analyser uses.</summary>
    public FactChecker Checker => _checker;

    /// <summary>Analyses an essay written for a question.</summary>
    public FeedbackReport Analyze(string text, Question question)
    {
        var model = _models.GetOrAdd(question.Id, _ => new QuestionModel(question, _kb));
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
    internal sealed record SentenceFact(
        Sentence Sentence,
        IReadOnlyList<Mention> Mentions,
        IReadOnlyList<TimeMention> Times,
        Dictionary<string, int> PointSignals,
        HashSet<string> SpecificPoints,
        bool OnTopic,
        bool Analytical,
        bool Weighing,
        bool Repeated);

    private static List<SentenceFact> SentenceFacts(IReadOnlyList<RecognizedSentence> recognized, QuestionModel model)
    {
        var facts = new List<SentenceFact>();
        var seen = new List<HashSet<string>>();
        foreach (var (sentence, mentions, times) in recognized)
        {
            var keys = sentence.Keys.OfType<string>().ToList();
            var keySet = keys.ToHashSet(StringComparer.Ordinal);
            // Two sentences of very different length cannot share 80 % of their words: skip those pairs cheaply.
            var repeated = keySet.Count > 0 && seen.Any(s => s.Count * 5 >= keySet.Count * 4 && keySet.Count * 5 >= s.Count * 4 && Overlap(s, keySet) >= 0.8);
            seen.Add(keySet);

            var ids = mentions.SelectMany(m => m.Alternatives.Append(m.Entry)).Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
            var signals = new Dictionary<string, int>(StringComparer.Ordinal);
            var specific = new HashSet<string>(StringComparer.Ordinal);
            var conceptHits = model.Concepts.FindAll(keys).Select(h => h.Tag).Distinct().ToList();
            for (var p = 0; p < model.Points.Count; p++)
            {
                var point = model.Points[p];
                var concepts = conceptHits.Count(h => h.Point == p);
                var entries = point.Point.Entries.Count(ids.Contains);
                if (concepts + entries > 0)
                {
                    signals[point.Point.Id] = concepts + entries;

                    // Generic words alone ("security") evidence nothing: a name, a date or a phrase must back them.
                    if (entries > 0 || times.Count > 0 || conceptHits.Any(h => h.Point == p && IsSpecific(point.Concepts[h.Concept])))
                    {
                        specific.Add(point.Point.Id);
                    }
                }
            }

            // On the question: a specific signal for some point, or a relevant entry named. Generic words alone
            // ("the most important factor") are not enough.
            var onTopic = specific.Count > 0 || mentions.Any(m => model.Relevant.Contains(m.Entry.Id));
            facts.Add(new SentenceFact(
                sentence,
                mentions,
                times,
                signals,
                specific,
                onTopic && !repeated,
                onTopic && !repeated && Markers.Any(sentence, Markers.Analysis),
                onTopic && !repeated && Markers.Any(sentence, Markers.Weighing),
                repeated));
        }

        return facts;
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

    private static double Overlap(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        var shared = a.Count(b.Contains);
        return shared / (double)Math.Max(a.Count, b.Count);
    }

    private static List<PointCoverage> Coverage(QuestionModel model, List<SentenceFact> facts)
    {
        var result = new List<PointCoverage>();
        foreach (var point in model.Points)
        {
            var id = point.Point.Id;
            var evidence = facts.Where(f => !f.Repeated && f.PointSignals.ContainsKey(id)).ToList();

            // Covered: a paragraph that makes the point with three signals, at least one sentence of it specific.
            var covered = evidence.GroupBy(f => f.Sentence.Paragraph).Any(g => g.Sum(f => f.PointSignals[id]) >= 3 && g.Any(f => f.SpecificPoints.Contains(id) && f.PointSignals[id] >= 2));
            var best = evidence.OrderByDescending(f => f.PointSignals[id]).ThenBy(f => f.Sentence.Index).Take(3).OrderBy(f => f.Sentence.Index).ToList();
            var explained = covered && evidence.Any(f => f.Analytical);
            result.Add(new PointCoverage(id, point.Point.Statement, point.Point.Side.ToString().ToLowerInvariant(), covered, explained, [.. best.Select(f => f.Sentence)]));
        }

        return result;
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
                        conclusionFacts.Any(f => f.OnTopic && (f.PointSignals.Count > 0 || f.Analytical)) &&
                        conclusionFacts.Sum(f => f.PointSignals.Count) >= 2;

        // Body paragraphs count only when they add something new: a point or an entry not credited before.
        var creditedPoints = new HashSet<string>(StringComparer.Ordinal);
        var creditedEntries = new HashSet<string>(StringComparer.Ordinal);
        var topic = 0;
        var body = 0;
        foreach (var paragraph in paragraphs)
        {
            var pf = byParagraph.GetValueOrDefault(paragraph.Index) ?? [];
            var newPoints = pf.Where(f => f.OnTopic).SelectMany(f => f.SpecificPoints).Where(creditedPoints.Add).Count();
            var newEntries = pf.Where(f => f.OnTopic).SelectMany(f => f.Mentions).Select(m => m.Entry.Id).Where(creditedEntries.Add).Count();
            var isBody = paragraph.Index > paragraphs[0].Index && (last is null || paragraph.Index != last.Index);
            if (!isBody || newPoints + newEntries == 0)
            {
                continue;
            }

            body++;
            var first = paragraph.Sentences[0];
            var startsWithDate = pf.Count > 0 && pf[0].Times.Any(t => t.Start - first.Start <= 3);
            if (!startsWithDate && (model.AddressesQuestion(first, 1) || (pf.Count > 0 && (pf[0].Analytical || pf[0].PointSignals.Count > 0) && Markers.Any(first, Markers.Judgement))))
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
        public QuestionModel(Question question, KnowledgeBase kb)
        {
            Question = question;
            Scheme = kb.Find<MarkScheme>(question.SchemeId) ?? throw new InvalidOperationException($"Question {question.Id} has no scheme.");
            Points = [.. question.Points.Select(p => new PointModel(p, [.. p.Concepts.Select(KeysOf).Where(k => k.Length > 0).Distinct(new PhraseComparer())]))];
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

            _historianNames = kb.Historians.ToDictionary(h => h.Id, h => h.Title, StringComparer.Ordinal);
            Historians = kb.Historians.ToDictionary(h => h.Id, h => KeysOf(string.Join(' ', [h.Argument, .. h.Arguments.Select(a => a.Claim)])).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
            _historianNameKeys = kb.Historians.ToDictionary(h => h.Id, h => KeysOf(string.Join(' ', [h.Title, .. h.Aliases])).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
            ExpectedPoints = Scheme.Marks switch { >= 25 => 8, >= 15 => 6, _ => 3 };
            Concepts = new PhraseSet<(int Point, int Concept)>(Points.SelectMany((p, i) => p.Concepts.Select((c, k) => (c, (i, k)))));
        }

        private static readonly HashSet<string> CommandWords = new(StringComparer.Ordinal)
        {
            "assess", "evaluate", "explain", "extent", "how", "far", "why", "what", "successful", "important", "view", "validity", "did", "was",
        };

        private readonly Dictionary<string, string> _historianNames;
        private readonly Dictionary<string, HashSet<string>> _historianNameKeys;

        public Question Question { get; }

        public string HistorianName(string id) => _historianNames.GetValueOrDefault(id, id);

        public MarkScheme Scheme { get; }

        public IReadOnlyList<PointModel> Points { get; }

        public HashSet<string> Keywords { get; }

        /// <summary>Every point's concepts, as keys, tagged with the point and concept they belong to.</summary>
        public PhraseSet<(int Point, int Concept)> Concepts { get; }

        public HashSet<string> Relevant { get; }

        public Dictionary<string, HashSet<string>> Historians { get; }

        public int ExpectedPoints { get; }

        public bool AddressesQuestion(Sentence sentence, int minimum) =>
            sentence.Words.Select(w => w.Text).Where(w => !Lexicon.StopWords.Contains(w)).Select(Lexicon.Key).Distinct().Count(Keywords.Contains) >= minimum;

        /// <summary>Whether a sentence about a historian shares enough of their known argument to be consistent with it.</summary>
        public bool MatchesHistorian(Historian historian, Sentence sentence)
        {
            var known = Historians.GetValueOrDefault(historian.Id);
            if (known is null)
            {
                return false;
            }

            var names = _historianNameKeys[historian.Id];
            var said = sentence.Words.Select(w => w.Text).Where(w => w.Length > 3 && !Lexicon.StopWords.Contains(w)).Select(Lexicon.Key).Where(k => !names.Contains(k)).ToHashSet(StringComparer.Ordinal);
            return said.Count(known.Contains) >= 2;
        }

        private static string[] KeysOf(string text) =>
            [.. TextFolding.Tokenize(text).Select(t => t.Token).Where(w => !Lexicon.StopWords.Contains(w)).Select(Lexicon.Key)];
    }

    /// <summary>A point with its concepts as sequences of keys.</summary>
    internal sealed record PointModel(IndicativePoint Point, IReadOnlyList<string[]> Concepts);

    private sealed class PhraseComparer : IEqualityComparer<string[]>
    {
        public bool Equals(string[]? x, string[]? y) => x is not null && y is not null && x.SequenceEqual(y);

        public int GetHashCode(string[] obj) => obj.Aggregate(17, (h, s) => HashCode.Combine(h, StringComparer.Ordinal.GetHashCode(s)));
    }
}
