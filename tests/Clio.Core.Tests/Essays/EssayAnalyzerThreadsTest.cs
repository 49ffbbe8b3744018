using Clio.Essays;
using Clio.Knowledge;
using Clio.Packs;

namespace Clio.Tests.Essays;

/// <summary>One analyser serves many threads (<c>clio feedback</c> on many files): it must give each the same report.</summary>
public class EssayAnalyzerThreadsTest
{
    private static readonly KnowledgeBase Kb = PackLoader.Default;

    private static string Summary(FeedbackReport r) =>
        $"{r.QuestionId} {r.Level} {r.Mark} {r.KnowledgeScore} {r.AnalysisScore} " +
        string.Join(";", r.Claims.Select(c => $"{c.Sentence.Index} {c.Statement} {c.Verdict}")) + " " +
        string.Join(";", r.Coverage.Select(c => $"{c.PointId} {c.Covered} {c.Explained} {string.Join(",", c.Evidence.Select(s => s.Index))}")) + " " +
        string.Join(";", r.Advice);

    [Fact]
    public void ReportsOnManyThreadsAreTheSameAsOneAtATime()
    {
        var work = Kb.Questions.SelectMany(q => q.Essays.Select(e => (Question: q, e.Text))).ToList();
        var expected = work.Select(w => Summary(new EssayAnalyzer(Kb).Analyze(w.Text, w.Question))).ToList();

        var shared = new EssayAnalyzer(Kb);
        var actual = new string[work.Count * 4];
        Parallel.For(0, actual.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var (question, text) = work[i % work.Count];
            actual[i] = Summary(shared.Analyze(text, question));
        });

        for (var i = 0; i < actual.Length; i++)
        {
            Assert.Equal(expected[i % work.Count], actual[i]);
        }
    }
}
