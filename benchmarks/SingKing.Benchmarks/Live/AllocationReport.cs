using System.Globalization;
using Microsoft.Diagnostics.Tracing;

namespace SingKing.Benchmarks.Live;

/// <summary>
/// What a running host allocates, by type: reads a trace taken with
/// <c>dotnet-trace collect -p PID --profile gc-verbose --duration 00:00:00:05</c> and sums its allocation-tick events
/// (the runtime raises one about every 100 KB allocated, naming the type that crossed the mark, so each type's share of
/// the ticks is its share of the bytes). Usage: <c>allocations TRACE.nettrace [--top 40]</c>.
/// </summary>
public static class AllocationReport
{
    /// <summary>Prints the types that took the most bytes; returns the process exit code.</summary>
    public static int Run(string[] args)
    {
        if (args.Length == 0 || !File.Exists(args[0]))
        {
            Console.Error.WriteLine("usage: allocations TRACE.nettrace [--top 40]   (a trace from dotnet-trace collect --profile gc-verbose)");
            return 2;
        }

        var top = args.Length >= 3 && args[1] == "--top" ? int.Parse(args[2], CultureInfo.InvariantCulture) : 40;
        var bytesByType = new Dictionary<string, long>();
        var first = double.NaN;
        var last = double.NaN;
        using (var source = new EventPipeEventSource(args[0]))
        {
            source.Clr.GCAllocationTick += tick =>
            {
                var type = tick.TypeName ?? "(unnamed)";
                bytesByType[type] = bytesByType.GetValueOrDefault(type) + tick.AllocationAmount64;
                first = double.IsNaN(first) ? tick.TimeStampRelativeMSec : first;
                last = tick.TimeStampRelativeMSec;
            };
            source.Process();
        }

        var total = bytesByType.Values.Sum();
        if (total == 0)
        {
            Console.Error.WriteLine("The trace holds no allocation ticks: take it with --profile gc-verbose.");
            return 1;
        }

        var seconds = (last - first) / 1000;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{total / 1e6:0.0} MB in {seconds:0.0} s ({total / 1e6 / seconds:0.0} MB/s)"));
        foreach (var (type, bytes) in bytesByType.OrderByDescending(p => p.Value).Take(top))
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{100.0 * bytes / total,6:0.0} %  {bytes / 1e6,8:0.0} MB  {type}"));
        return 0;
    }
}
