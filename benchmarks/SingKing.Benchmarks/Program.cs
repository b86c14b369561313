using BenchmarkDotNet.Running;
using SingKing.Benchmarks.Accuracy;
using SingKing.Benchmarks.Live;

// dotnet run -c Release --project benchmarks/SingKing.Benchmarks -- accuracy [--out docs/pitch-accuracy.md]
//     the pitch trackers side by side on the synthetic corpus (docs/pitch-accuracy.md)
// dotnet run -c Release --project benchmarks/SingKing.Benchmarks -- live [--seconds 30]
//     one singer streaming in real time through a host on Kestrel: chunk latency percentiles
// dotnet run -c Release --project benchmarks/SingKing.Benchmarks -- allocations host.nettrace [--top 40]
//     what a running host allocates, by type, from a dotnet-trace gc-verbose trace
// dotnet run -c Release --project benchmarks/SingKing.Benchmarks -- --filter '*'
//     the BenchmarkDotNet speed benchmarks (docs/benchmarks.md)
return args.FirstOrDefault() switch
{
    "accuracy" => await AccuracyReport.RunAsync(args[1..]),
    "live" => await LiveLatency.RunAsync(args[1..]),
    "allocations" => AllocationReport.Run(args[1..]),
    _ => Run(args),
};

static int Run(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(SingKing.Benchmarks.Speed.PitchTrackerBenchmarks).Assembly).Run(args);
    return 0;
}
