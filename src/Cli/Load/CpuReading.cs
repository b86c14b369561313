using System.Diagnostics;
using System.Globalization;

namespace SingKing.Cli.Load;

/// <summary>
/// CPU time counters at one instant, from /proc: the host process's user and system time (when its pid is known),
/// the whole machine's busy and total time, and this load tool's own time and garbage-collection pauses. Two readings
/// give the CPU used between them.
/// </summary>
internal sealed record CpuReading(
    long Timestamp, double HostUserSeconds, double HostSystemSeconds, double MachineBusySeconds, double MachineTotalSeconds, double ClientSeconds, double ClientGcPauseSeconds)
{
    // Linux reports /proc times in USER_HZ, fixed at 100 per second on every architecture .NET runs on.
    private const double TicksPerSecond = 100;

    /// <summary>Reads the counters now; host figures are 0 when <paramref name="hostPid"/> is null.</summary>
    /// <exception cref="IOException">The host process's /proc entry cannot be read (it has exited, or this is not Linux).</exception>
    public static CpuReading Take(TimeProvider time, int? hostPid)
    {
        double user = 0, system = 0;
        if (hostPid is { } pid)
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            // The command name may hold spaces and parentheses; the fields after its closing one are fixed.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            user = long.Parse(fields[11], CultureInfo.InvariantCulture) / TicksPerSecond;
            system = long.Parse(fields[12], CultureInfo.InvariantCulture) / TicksPerSecond;
        }

        double busy = 0, total = 0;
        if (File.Exists("/proc/stat"))
        {
            using var reader = new StreamReader("/proc/stat");
            var cpu = reader.ReadLine()!.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            // user nice system idle iowait irq softirq steal: idle and iowait are the time nobody used.
            for (var i = 1; i <= 8 && i < cpu.Length; i++)
            {
                var ticks = long.Parse(cpu[i], CultureInfo.InvariantCulture) / TicksPerSecond;
                total += ticks;
                if (i is not (4 or 5))
                    busy += ticks;
            }
        }

        return new CpuReading(
            time.GetTimestamp(), user, system, busy, total, Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds, GC.GetTotalPauseDuration().TotalSeconds);
    }

    /// <summary>CPU used from <paramref name="start"/> to this reading.</summary>
    public CpuUse Since(CpuReading start, TimeProvider time)
    {
        var wall = time.GetElapsedTime(start.Timestamp, Timestamp).TotalSeconds;
        if (wall <= 0)
            return new CpuUse(0, 0, 0, 0, 0, 0);
        var machineTotal = MachineTotalSeconds - start.MachineTotalSeconds;
        return new CpuUse(
            wall,
            (HostUserSeconds - start.HostUserSeconds) / wall,
            (HostSystemSeconds - start.HostSystemSeconds) / wall,
            machineTotal > 0 ? (MachineBusySeconds - start.MachineBusySeconds) / machineTotal : 0,
            (ClientSeconds - start.ClientSeconds) / wall,
            (ClientGcPauseSeconds - start.ClientGcPauseSeconds) * 1000);
    }
}
