using Clio.Essays;
using Clio.Packs;
using Xunit.Abstractions;

namespace Clio.Tests.Essays;

/// <summary>
/// The fact-checker on a table of claim sentences, half true and half false, across every kind of claim. A
/// false accusation costs more trust than a missed error, so precision of "contradicted" must stay at 0.95 or
/// more, with recall at 0.85 or more.
/// </summary>
public class ClaimsTableTest(ITestOutputHelper output)
{
    private static readonly FactChecker Checker = new(PackLoader.Default);

    public sealed record Row(string Kind, bool False, string Sentence, string Why);

    public static IReadOnlyList<Row> Rows { get; } = [.. File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Essays", "Data", "claims.tsv"))
        .Skip(1)
        .Where(l => l.Trim().Length > 0)
        .Select(l => l.Split('\t'))
        .Select(f => new Row(f[0], f[1] == "contradicted", f[2], f.Length > 3 ? f[3] : string.Empty))];

    private static bool Accuses(string sentence) =>
        Checker.Check(EssayDocument.Parse(sentence)).Any(c => c.Verdict == Verdict.Contradicted);

    [Fact]
    public void TheTableHasAtLeast60ClaimsHalfTrueHalfFalseAcrossEveryKind()
    {
        Assert.True(Rows.Count >= 60);
        Assert.InRange(Rows.Count(r => r.False), Rows.Count * 0.4, Rows.Count * 0.6);
        foreach (var kind in new[] { "event-date", "office", "participation", "sequence", "policy", "misconception" })
        {
            Assert.Contains(Rows, r => r.Kind == kind && r.False);
            Assert.Contains(Rows, r => r.Kind == kind && !r.False);
        }
    }

    [Fact]
    public void ContradictedHasPrecisionAtLeast95PercentAndRecallAtLeast85Percent()
    {
        int truePositives = 0, falsePositives = 0, falseNegatives = 0;
        foreach (var row in Rows)
        {
            var accused = Accuses(row.Sentence);
            if (accused && row.False)
            {
                truePositives++;
            }
            else if (accused)
            {
                falsePositives++;
                output.WriteLine($"FALSE ACCUSATION [{row.Kind}] {row.Sentence}");
            }
            else if (row.False)
            {
                falseNegatives++;
                output.WriteLine($"MISSED [{row.Kind}] {row.Sentence} -- {row.Why}");
            }
        }

        var precision = truePositives / (double)Math.Max(1, truePositives + falsePositives);
        var recall = truePositives / (double)Math.Max(1, truePositives + falseNegatives);
        output.WriteLine($"precision {precision:F3}, recall {recall:F3}");
        Assert.True(precision >= 0.95, $"precision {precision:F3}");
        Assert.True(recall >= 0.85, $"recall {recall:F3}");
    }
}
