using BenchmarkDotNet.Running;
using Clio.Benchmarks;

// `latency` measures what BenchmarkDotNet's summary does not show: the cold first load in a fresh process and
// the tail (p99) of search latency over realistic queries. Anything else goes to BenchmarkDotNet.
if (args.Length > 0 && args[0] == "latency")
{
    return Latency.Run();
}

BenchmarkSwitcher.FromAssembly(typeof(Latency).Assembly).Run(args);
return 0;
