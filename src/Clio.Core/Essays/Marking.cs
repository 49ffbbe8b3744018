using System.Globalization;
using Clio.Dates;
using Clio.Knowledge;

namespace Clio.Essays;

/// <summary>
/// Turns the features of an essay into a level and a mark per objective, with reasons and the advice that would
/// reach the next level. Knowledge (AO1) rests on coverage, the range of entries named and precise detail;
/// analysis (AO2) on points explained, the thesis, weighing, topic sentences, the judgement and historians.
/// </summary>
internal sealed class Marking
{
    private const double KnowledgeWeight = 0.45;

    // The share of the top-level standard an essay must reach for each level, highest first.
    private static readonly double[] FiveLevels = [0.85, 0.76, 0.56, 0.22, 0.03];
    private static readonly double[] FourLevels = [0.85, 0.56, 0.2, 0.03];

    public Marking(EssayAnalyzer.QuestionModel model, List<EssayAnalyzer.SentenceFact> facts, List<PointCoverage> coverage, StructureReport structure, IReadOnlyList<Claim> claims)
    {
        var scheme = model.Scheme;
        var expected = model.ExpectedPoints;
        var covered = coverage.Count(c => c.Covered);
        var explained = coverage.Count(c => c.Explained);
        var onTopic = facts.Where(f => f.OnTopic).ToList();
        // Range: the distinct events and people of the question's field the essay brings in (states and bodies are
        // named by every essay, so they say little of its range).
        var entries = onTopic.SelectMany(f => f.Mentions)
            .Where(m => model.Relevant.Contains(m.Entry.Id) && m.Entry is Event or Actor { ActorKind: ActorKind.Person } or Term)
            .Select(m => m.Entry.Id).Distinct().Count();
        var precise = onTopic.SelectMany(f => f.Times).Where(t => !t.IsRelative && t.Date.Precision >= DatePrecision.Month).Select(t => t.Date.Start).Distinct().Count();
        var supportedFacts = claims.Where(c => c.Verdict == Verdict.Supported).Select(c => string.Join('|', c.Entries)).Distinct().Count();
        var (entryTarget, detailTarget) = scheme.Marks switch { >= 15 => (30, 12), _ => (12, 4) };

        var coverageScore = Math.Min(1, covered / (double)expected);
        var rangeScore = Math.Min(1, entries / (double)entryTarget);
        var detailScore = Math.Min(1, (precise + (0.25 * supportedFacts)) / detailTarget);
        var knowledge = (0.3 * coverageScore) + (0.3 * rangeScore) + (0.4 * detailScore);

        var explainedScore = Math.Min(1, explained / (double)Math.Max(2, expected - 1));
        var weighingScore = structure.Balanced ? 1 : structure.CounterArguments >= 1 ? 0.4 : 0;
        var judgementScore = structure.SupportedJudgement ? 1 : structure.Conclusion ? 0.5 : 0;
        var bodyTarget = scheme.Marks >= 15 ? 4 : 2;
        var topicScore = Math.Min(1, structure.TopicSentences / (double)bodyTarget);
        var consistent = structure.Historians.Where(h => h.Consistent).Select(h => h.HistorianId).Distinct().Count();
        var historianScore = Math.Min(1, (consistent + (0.5 * structure.Historians.Select(h => h.HistorianId).Distinct().Count())) / 3.0);
        var isShort = scheme.TopLevel <= 4;
        var analysis = isShort
            ? (0.55 * explainedScore) + (0.25 * judgementScore) + (0.2 * (structure.Thesis ? 1 : 0))
            : (0.3 * explainedScore) + (0.15 * (structure.Thesis ? 1 : 0)) + (0.15 * judgementScore) + (0.15 * weighingScore) + (0.1 * topicScore) + (0.15 * historianScore);

        // No analysis without knowledge to analyse: the analysis score cannot run far ahead of the knowledge score.
        analysis = Math.Min(analysis, knowledge + 0.15);
        Scores = (knowledge, analysis);

        var reasonsKnowledge = new List<string>
        {
            $"covers {covered} of the {coverage.Count} indicative points ({expected} or more are expected for the top level)",
            $"names {entries} relevant events, people and terms",
            $"gives {precise} precise date(s) and {supportedFacts} checked fact(s)",
        };
        var reasonsAnalysis = new List<string>
        {
            $"explains {explained} of the points it covers rather than only describing them",
            structure.Thesis ? "the introduction states a thesis that answers the question" : "no thesis that answers the question in the introduction",
            structure.Balanced ? "weighs both sides of the argument" : structure.CounterArguments > 0 ? "some counter-argument, but the other side is not developed" : "one-sided: no counter-argument",
            structure.SupportedJudgement ? "the conclusion reaches a supported judgement" : structure.Conclusion ? "the conclusion asserts a judgement without support" : "no conclusion that reaches a judgement",
            $"{structure.TopicSentences} of {structure.BodyParagraphs} body paragraphs open with a topic sentence on the question",
        };
        if (structure.Historians.Count > 0)
        {
            reasonsAnalysis.Add($"uses {structure.Historians.Select(h => h.Name).Distinct().Count()} historian(s){(structure.Historians.Any(h => h.Consistent) ? ", in line with their known views" : string.Empty)}");
        }

        var objectives = new List<ObjectiveResult>();
        var thresholds = isShort ? FourLevels : FiveLevels;
        if (scheme.Objectives.Count >= 2)
        {
            objectives.Add(Score(scheme.Objectives[0], knowledge, thresholds, reasonsKnowledge));
            objectives.Add(Score(scheme.Objectives[1], analysis, thresholds, reasonsAnalysis));
            foreach (var extra in scheme.Objectives.Skip(2))
            {
                objectives.Add(Score(extra, (knowledge + analysis) / 2, thresholds, []));
            }
        }
        else
        {
            var combined = (KnowledgeWeight * knowledge) + ((1 - KnowledgeWeight) * analysis);
            objectives.Add(Score(scheme.Objectives[0], combined, thresholds, [.. reasonsKnowledge, .. reasonsAnalysis]));
        }

        Objectives = objectives;
        Mark = objectives.Sum(o => o.Mark);
        Level = objectives.Count == 1 ? objectives[0].Level : (int)Math.Floor(objectives.Average(o => o.Level));
        Advice = BuildAdvice(model, coverage, structure, claims, objectives, covered, expected, precise, explained, isShort);
    }

    public int Level { get; }

    /// <summary>The knowledge and analysis scores, 0–1, behind the levels.</summary>
    public (double Knowledge, double Analysis) Scores { get; }

    public int Mark { get; }

    public IReadOnlyList<ObjectiveResult> Objectives { get; }

    public IReadOnlyList<string> Advice { get; }

    private static ObjectiveResult Score(AssessmentObjective objective, double score, double[] thresholds, List<string> reasons)
    {
        var levels = objective.Levels;
        var top = levels.Count == 0 ? 0 : levels.Max(l => l.Level);
        var level = 0;
        for (var i = 0; i < thresholds.Length && i < top; i++)
        {
            if (score >= thresholds[i])
            {
                level = top - i;
                break;
            }
        }

        var descriptor = levels.FirstOrDefault(l => l.Level == level);
        if (descriptor is null)
        {
            return new ObjectiveResult(objective.Id, objective.Title, 0, 0, objective.Marks, "No creditable content.", reasons);
        }

        // Place the mark within the band by how far the score is above the level's threshold.
        var index = top - level;
        var floor = thresholds[index];
        var ceiling = index == 0 ? 1.0 : thresholds[index - 1];
        var within = Math.Clamp((score - floor) / Math.Max(0.0001, ceiling - floor), 0, 1);
        var mark = descriptor.MinMark + (int)Math.Floor(within * (descriptor.MaxMark - descriptor.MinMark + 1));
        mark = Math.Min(descriptor.MaxMark, mark);
        return new ObjectiveResult(objective.Id, objective.Title, level, mark, objective.Marks, descriptor.Descriptor, reasons);
    }

    private static List<string> BuildAdvice(
        EssayAnalyzer.QuestionModel model,
        List<PointCoverage> coverage,
        StructureReport structure,
        IReadOnlyList<Claim> claims,
        List<ObjectiveResult> objectives,
        int covered,
        int expected,
        int precise,
        int explained,
        bool isShort)
    {
        var advice = new List<string>();
        var lowest = objectives.OrderBy(o => o.Level).First();
        var next = model.Scheme.Objectives.First(o => o.Id == lowest.Objective).Levels.FirstOrDefault(l => l.Level == lowest.Level + 1);
        if (next is not null)
        {
            advice.Add(string.Create(CultureInfo.InvariantCulture, $"To reach level {next.Level} for {lowest.Objective}: {next.Descriptor.Trim()}"));
        }

        if (!structure.Thesis)
        {
            advice.Add("Open with a thesis that answers the question directly: say how far you agree, and why, in one sentence.");
        }

        var missing = coverage.Where(c => !c.Covered).ToList();
        if (covered < expected && missing.Count > 0)
        {
            var examples = missing.Take(3).Select(c => c.Statement.Trim().TrimEnd('.'));
            advice.Add($"Cover more of the question. Points you have not made: {string.Join("; ", examples)}.");
        }

        var unexplained = coverage.Where(c => c.Covered && !c.Explained).ToList();
        if (unexplained.Count > 0 && explained < expected)
        {
            advice.Add($"Explain, don't just describe: say why it matters for the question ('this meant…', 'because…') for: {string.Join("; ", unexplained.Take(2).Select(c => c.Statement.Trim().TrimEnd('.')))}.");
        }

        if (precise < 4)
        {
            advice.Add("Support points with precise evidence: exact dates, names, treaties and offices.");
        }

        if (!isShort && !structure.Balanced)
        {
            var other = coverage.FirstOrDefault(c => !c.Covered && c.Side == "against") ?? coverage.FirstOrDefault(c => !c.Covered && c.Side == "for");
            advice.Add(other is null
                ? "Weigh the other side of the argument before reaching your judgement."
                : $"Weigh the other side of the argument, for example: {other.Statement.Trim()}");
        }

        if (!structure.SupportedJudgement)
        {
            advice.Add(isShort
                ? "End by judging which reason mattered most, and say why."
                : "End with a conclusion that reaches a clear judgement on the question and says which evidence decides it.");
        }

        if (!isShort && structure.TopicSentences < Math.Min(4, Math.Max(1, structure.BodyParagraphs)))
        {
            advice.Add("Open each paragraph with a topic sentence that answers the question, not with a date or a story.");
        }

        if (!isShort && structure.Historians.Count == 0)
        {
            var historian = model.Question.Points.SelectMany(p => p.Entries).FirstOrDefault(id => model.Historians.ContainsKey(id));
            advice.Add(historian is null
                ? "Use historians' views to sharpen the argument, attributed accurately."
                : $"Use historians' views to sharpen the argument (for instance {model.HistorianName(historian)}), attributed accurately.");
        }

        var wrong = claims.Count(c => c.Verdict == Verdict.Contradicted);
        if (wrong > 0)
        {
            advice.Add($"Correct the {wrong} factual error(s) flagged: they do not lower the mark, but they weaken the argument an examiner reads.");
        }

        return advice;
    }
}
