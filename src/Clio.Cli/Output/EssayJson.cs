using Clio.Essays;
using Clio.Knowledge;

namespace Clio.Cli.Output;

/// <summary>A question as <c>clio questions --json</c> writes it.</summary>
internal sealed record QuestionJson(string Id, string Text, string? Board, int Marks, string CommandWord, string Scheme, string? Paper, int? Examined, int Points, IReadOnlyList<string> Essays)
{
    public static QuestionJson From(Question q) => new(
        q.Id, q.Title, q.Board, q.Marks, q.CommandWord, q.SchemeId, q.Paper, q.Examined, q.Points.Count,
        [.. q.Essays.Select(e => e.Kind == EssayKind.Calibration ? $"calibration-level-{e.Level}" : e.Kind.ToString().ToLowerInvariant())]);
}

/// <summary>A claim as <c>clio factcheck</c> and <c>clio feedback</c> write it.</summary>
internal sealed record ClaimJson(string Sentence, int Start, int End, string Claim, string Verdict, string? Correction, IReadOnlyList<string> Entries, string Kind, IReadOnlyList<string> Sources)
{
    public static ClaimJson From(Claim c) => new(
        c.Sentence.Text, c.Sentence.Start, c.Sentence.End, c.Statement, c.Verdict.ToString().ToLowerInvariant(), c.Correction, c.Entries,
        KindName(c.Kind), c.Sources);

    public static string KindName(ClaimKind kind) => kind switch
    {
        ClaimKind.EventDate => "event-date",
        ClaimKind.Office => "office",
        ClaimKind.Participation => "participation",
        ClaimKind.Sequence => "sequence",
        ClaimKind.Policy => "policy",
        _ => "misconception",
    };
}

/// <summary>The output of <c>clio factcheck --json</c>.</summary>
internal sealed record FactcheckJson(IReadOnlyList<ClaimJson> Claims);

/// <summary>One indicative point in a feedback report.</summary>
internal sealed record CoverageJson(string Point, string Text, bool Covered, bool Explained, string Side, IReadOnlyList<string> Evidence);

/// <summary>One objective's level and mark.</summary>
internal sealed record ObjectiveJson(string Objective, string Title, int Level, int Mark, int MaxMark, string Descriptor, IReadOnlyList<string> Reasons);

/// <summary>A historian named in an essay.</summary>
internal sealed record HistorianJson(string Id, string Name, string Sentence, bool Consistent);

/// <summary>The structure part of a feedback report.</summary>
internal sealed record StructureJson(
    int Paragraphs,
    bool Thesis,
    string? ThesisSentence,
    int TopicSentences,
    int BodyParagraphs,
    int AnalyticalSentences,
    int NarrativeSentences,
    int CounterArguments,
    bool Balanced,
    bool Conclusion,
    bool SupportedJudgement,
    IReadOnlyList<HistorianJson> Historians,
    int RepeatedSentences,
    int OffTopicSentences);

/// <summary>One essay's report as <c>clio feedback --json</c> writes it.</summary>
internal sealed record FeedbackJson(
    string File,
    string Question,
    int Words,
    int Level,
    int Mark,
    int MaxMark,
    SortedDictionary<string, int> Marks,
    IReadOnlyList<ObjectiveJson> Objectives,
    IReadOnlyList<CoverageJson> Coverage,
    IReadOnlyList<ClaimJson> Claims,
    StructureJson Structure,
    IReadOnlyList<string> Advice,
    double KnowledgeScore,
    double AnalysisScore)
{
    public static FeedbackJson From(string file, FeedbackReport r)
    {
        var s = r.Structure;
        return new FeedbackJson(
            file,
            r.QuestionId,
            r.Words,
            r.Level,
            r.Mark,
            r.MaxMark,
            new SortedDictionary<string, int>(r.Objectives.ToDictionary(o => o.Objective, o => o.Mark), StringComparer.Ordinal),
            [.. r.Objectives.Select(o => new ObjectiveJson(o.Objective, o.Title, o.Level, o.Mark, o.MaxMark, o.Descriptor.Trim(), o.Reasons))],
            [.. r.Coverage.Select(c => new CoverageJson(c.PointId, c.Statement.Trim(), c.Covered, c.Explained, c.Side, [.. c.Evidence.Select(e => e.Text)]))],
            [.. r.Claims.Select(ClaimJson.From)],
            new StructureJson(
                s.Paragraphs, s.Thesis, s.ThesisSentence?.Text, s.TopicSentences, s.BodyParagraphs, s.AnalyticalSentences,
                s.NarrativeSentences, s.CounterArguments, s.Balanced, s.Conclusion, s.SupportedJudgement,
                [.. s.Historians.Select(h => new HistorianJson(h.HistorianId, h.Name, h.Sentence.Text, h.Consistent))], s.Repeated, s.OffTopic),
            r.Advice,
            r.KnowledgeScore,
            r.AnalysisScore);
    }
}
