using System.Diagnostics;
using System.Globalization;
using Clio.Essays;
using Clio.Knowledge;
using Clio.Packs;
using Clio.Search;

namespace Clio.Benchmarks;

/// <summary>Cold-start load time and search latency percentiles, printed as a table for docs/performance.md.</summary>
internal static class Latency
{
    public static int Run()
    {
        var clock = Stopwatch.StartNew();
        var first = PackLoader.Load(EmbeddedPackSource.Default);
        var coldLoad = clock.Elapsed.TotalMilliseconds;
        if (!first.IsValid)
        {
            Console.Error.WriteLine("the built-in pack is invalid");
            return 1;
        }

        var loads = new List<double>();
        for (var i = 0; i < 30; i++)
        {
            clock.Restart();
            PackLoader.Load(EmbeddedPackSource.Default);
            loads.Add(clock.Elapsed.TotalMilliseconds);
        }

        clock.Restart();
        var index = SearchIndex.Build(first.Knowledge!);
        var indexBuild = clock.Elapsed.TotalMilliseconds;

        // Warm up every query path, then time each call on its own.
        for (var i = 0; i < 2_000; i++)
        {
            index.Search(Queries.Realistic[i % Queries.Realistic.Length], 10);
        }

        var samples = new double[50_000];
        for (var i = 0; i < samples.Length; i++)
        {
            var query = Queries.Realistic[i % Queries.Realistic.Length];
            var start = Stopwatch.GetTimestamp();
            index.Search(query, 10);
            samples[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        Array.Sort(samples);
        loads.Sort();
        var c = CultureInfo.InvariantCulture;
        Console.WriteLine("| measure | value |");
        Console.WriteLine("|---|---|");
        Console.WriteLine(string.Create(c, $"| first load of the built-in pack, cold process (ms) | {coldLoad:F1} |"));
        Console.WriteLine(string.Create(c, $"| load of the built-in pack, warm, median of 30 (ms) | {loads[loads.Count / 2]:F1} |"));
        Console.WriteLine(string.Create(c, $"| load of the built-in pack, warm, worst of 30 (ms) | {loads[^1]:F1} |"));
        Console.WriteLine(string.Create(c, $"| search index build (ms) | {indexBuild:F1} |"));
        Console.WriteLine(string.Create(c, $"| search p50 over {samples.Length:N0} realistic queries (ms) | {Percentile(samples, 0.50):F3} |"));
        Console.WriteLine(string.Create(c, $"| search p99 (ms) | {Percentile(samples, 0.99):F3} |"));
        Console.WriteLine(string.Create(c, $"| search max (ms) | {samples[^1]:F3} |"));
        EssayThroughput();
        return 0;
    }

    /// <summary>The question's model essay, cut or repeated to about 1,000 words.</summary>
    public static string ThousandWordEssay(Question question)
    {
        var model = question.Essays.First(e => e.Kind == EssayKind.Model).Text;
        var words = model.Split(' ');
        return string.Join(' ', words.Take(1000));
    }

    private static void EssayThroughput()
    {
        var kb = PackLoader.Default;
        var analyzer = new EssayAnalyzer(kb);
        var question = kb.Find<Question>("ideology-or-national-interest")!;
        var essay = ThousandWordEssay(question);
        // Past tiered compilation's warm-up (see EssayBenchmarks), then five seconds of marking. The rate per second
        // of processor time is what one core gives when other processes on the machine take their share too.
        for (var i = 0; i < 1000; i++)
        {
            analyzer.Analyze(essay, question);
        }

        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var count = 0;
        while (clock.Elapsed < TimeSpan.FromSeconds(5))
        {
            analyzer.Analyze(essay, question);
            count++;
        }

        var rate = count / clock.Elapsed.TotalSeconds;
        process.Refresh();
        var cpuRate = count / (process.TotalProcessorTime - cpu).TotalSeconds;
        var c = CultureInfo.InvariantCulture;
        var words = essay.Split(' ').Length;
        Console.WriteLine(string.Create(c, $"| essays marked per second, one thread, {words}-word essay | {rate:F0} |"));
        Console.WriteLine(string.Create(c, $"| essays marked per second of processor time (all threads of the process), {words}-word essay | {cpuRate:F0} |"));
    }

    private static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
