using BenchmarkDotNet.Attributes;
using Clio.Essays;
using Clio.Knowledge;
using Clio.Packs;

namespace Clio.Benchmarks;

/// <summary>Marking one essay of about 1,000 words, and fact-checking it alone, on one core.</summary>
[MemoryDiagnoser]
public class EssayBenchmarks
{
    private EssayAnalyzer _analyzer = null!;
    private Question _question = null!;
    private string _essay = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        var kb = PackLoader.Default;
        _analyzer = new EssayAnalyzer(kb);
        _question = kb.Find<Question>("ideology-or-national-interest")!;
        _essay = Latency.ThousandWordEssay(_question);

        // Tiered compilation optimises the analyser only after it has run a while (later still on a busy machine),
        // and the short job's three warm-up iterations can end before that. Marking a thousand essays first makes
        // every job measure the steady state a marking service runs in.
        for (var i = 0; i < 1000; i++)
        {
            _analyzer.Analyze(_essay, _question);
        }
    }

    [Benchmark]
    public int Feedback() => _analyzer.Analyze(_essay, _question).Mark;

    [Benchmark]
    public int FactCheck() => _analyzer.Checker.Check(EssayDocument.Parse(_essay)).Count;
}
