namespace Clio.Essays;

/// <summary>How far an essay covers one indicative point, and the sentences that show it.</summary>
/// <param name="PointId">The point's id.</param>
/// <param name="Statement">What the point says.</param>
/// <param name="Side">Which way it argues.</param>
/// <param name="Covered">Whether the essay covers it.</param>
/// <param name="Explained">Whether the essay explains it rather than only stating it.</param>
/// <param name="Evidence">The sentences that evidence it, best first.</param>
public sealed record PointCoverage(string PointId, string Statement, string Side, bool Covered, bool Explained, IReadOnlyList<Sentence> Evidence);

/// <summary>A historian named in the essay, and whether what is said of them matches their known view.</summary>
/// <param name="HistorianId">The historian's id.</param>
/// <param name="Name">The historian's name.</param>
/// <param name="Sentence">The sentence that names them.</param>
/// <param name="Consistent">Whether the sentence matches their known argument.</param>
public sealed record HistorianUse(string HistorianId, string Name, Sentence Sentence, bool Consistent);

/// <summary>What the essay's argument and structure look like.</summary>
public sealed record StructureReport
{
    /// <summary>How many paragraphs the essay has.</summary>
    public required int Paragraphs { get; init; }

    /// <summary>Whether the introduction states a thesis that answers the question.</summary>
    public required bool Thesis { get; init; }

    /// <summary>The introduction's thesis sentence, if found.</summary>
    public Sentence? ThesisSentence { get; init; }

    /// <summary>Body paragraphs whose first sentence addresses the question.</summary>
    public required int TopicSentences { get; init; }

    /// <summary>Body paragraphs in all.</summary>
    public required int BodyParagraphs { get; init; }

    /// <summary>Sentences on the question that explain or analyse.</summary>
    public required int AnalyticalSentences { get; init; }

    /// <summary>Sentences on the question that only narrate or describe.</summary>
    public required int NarrativeSentences { get; init; }

    /// <summary>Sentences that weigh another view.</summary>
    public required int CounterArguments { get; init; }

    /// <summary>Whether the essay argues both for and against the view in the question.</summary>
    public required bool Balanced { get; init; }

    /// <summary>Whether the essay ends with a conclusion.</summary>
    public required bool Conclusion { get; init; }

    /// <summary>Whether that conclusion reaches a judgement backed by the essay's evidence.</summary>
    public required bool SupportedJudgement { get; init; }

    /// <summary>Historians named, and whether each is used as their known view warrants.</summary>
    public required IReadOnlyList<HistorianUse> Historians { get; init; }

    /// <summary>Sentences that repeat an earlier one and earn nothing.</summary>
    public required int Repeated { get; init; }

    /// <summary>Sentences with nothing on the question.</summary>
    public required int OffTopic { get; init; }
}

/// <summary>The level and mark for one assessment objective, with the reasons in the board's terms.</summary>
/// <param name="Objective">The objective's id, such as AO1.</param>
/// <param name="Title">What it assesses.</param>
/// <param name="Level">The level awarded.</param>
/// <param name="Mark">The mark awarded.</param>
/// <param name="MaxMark">The most it can earn.</param>
/// <param name="Descriptor">The board's descriptor of the level awarded, in the pack's words.</param>
/// <param name="Reasons">Why this level, in terms of the essay.</param>
public sealed record ObjectiveResult(string Objective, string Title, int Level, int Mark, int MaxMark, string Descriptor, IReadOnlyList<string> Reasons);

/// <summary>The whole report on one essay. The same essay always gives the same report.</summary>
public sealed record FeedbackReport
{
    /// <summary>The question's id.</summary>
    public required string QuestionId { get; init; }

    /// <summary>How many words the essay has.</summary>
    public required int Words { get; init; }

    /// <summary>The overall level.</summary>
    public required int Level { get; init; }

    /// <summary>The total mark.</summary>
    public required int Mark { get; init; }

    /// <summary>The most the question can earn.</summary>
    public required int MaxMark { get; init; }

    /// <summary>How far the essay meets the top level's standard of knowledge, from 0 to 1.</summary>
    public required double KnowledgeScore { get; init; }

    /// <summary>How far the essay meets the top level's standard of analysis and judgement, from 0 to 1.</summary>
    public required double AnalysisScore { get; init; }

    /// <summary>The level and mark per assessment objective.</summary>
    public required IReadOnlyList<ObjectiveResult> Objectives { get; init; }

    /// <summary>Every indicative point and how far the essay covers it.</summary>
    public required IReadOnlyList<PointCoverage> Coverage { get; init; }

    /// <summary>Every checkable claim and its verdict.</summary>
    public required IReadOnlyList<Claim> Claims { get; init; }

    /// <summary>The argument and structure.</summary>
    public required StructureReport Structure { get; init; }

    /// <summary>What would lift the essay to the next level, most useful first.</summary>
    public required IReadOnlyList<string> Advice { get; init; }

    /// <summary>The analysed essay.</summary>
    public required EssayDocument Document { get; init; }
}
