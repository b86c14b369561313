using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SingKing.Cli.Load;

/// <summary>The outcome of <c>singking load</c>: the settings, the sign-ups and one <see cref="ModeResult"/> per mode.</summary>
internal sealed record LoadReport(LoadSettings Settings, int SignedUp, IReadOnlyList<KeyValuePair<string, int>> SignUpErrors, IReadOnlyList<ModeResult> Modes)
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    /// <summary>True when nothing went wrong: every singer signed up and connected, and every chunk was answered.</summary>
    public bool Clean => SignUpErrors.Count == 0 && Modes.All(m => m.Errors.Count == 0 && m.MissingFrames == 0 && m.SingersConnected == m.Singers);

    /// <summary>Writes the result as a table, modes side by side, then the errors by kind.</summary>
    public void WriteTable(TextWriter writer)
    {
        var s = Settings;
        var song = s.SongId is null ? "" : $", singing {s.SongId}";
        writer.WriteLine(Invariant($"{s.Singers} singers × {s.Seconds:0.#} s, {s.ChunkMs} ms chunks, ramp {s.RampSeconds:0.#} s{song}, {s.Url}; {SignedUp} signed up"));
        var rows = new (string Name, Func<ModeResult, string> Value)[]
        {
            ("singers connected", m => Invariant($"{m.SingersConnected}/{m.Singers}")),
            ("chunks sent", m => Invariant($"{m.ChunksSent}")),
            ("chunks answered", m => Invariant($"{m.ChunksAnswered}")),
            ("timed (all streaming)", m => Invariant($"{m.ChunksTimed}")),
            ("p50 latency (ms)", m => Invariant($"{m.P50Ms:0.0}")),
            ("p95 latency (ms)", m => Invariant($"{m.P95Ms:0.0}")),
            ("p99 latency (ms)", m => Invariant($"{m.P99Ms:0.0}")),
            ("max latency (ms)", m => Invariant($"{m.MaxMs:0.0}")),
            ($"late (> {s.ChunkMs} ms)", m => Invariant($"{m.LateFrames}")),
            ("warm-up p99 (ms)", m => s.WarmupSeconds > 0 ? Invariant($"{m.WarmupP99Ms:0.0}") : "-"),
            ("warm-up late", m => s.WarmupSeconds > 0 ? Invariant($"{m.WarmupLateFrames}") : "-"),
            ("missing", m => Invariant($"{m.MissingFrames}")),
            ("errors", m => Invariant($"{m.Errors.Sum(e => e.Value)}")),
            (s.HostPid is null ? "host CPU (cores)" : $"host {s.HostPid} CPU (cores)", m => s.HostPid is null ? "-" : Invariant($"{m.Cpu.HostCores:0.00}")),
            ("  of which kernel", m => s.HostPid is null ? "-" : Invariant($"{m.Cpu.HostSystemCores:0.00}")),
            ("machine CPU busy", m => Invariant($"{m.Cpu.MachineBusyFraction * 100:0}%")),
            ("load tool CPU (cores)", m => Invariant($"{m.Cpu.ClientCores:0.00}")),
            ("load tool GC pauses (ms)", m => Invariant($"{m.Cpu.ClientGcPauseMs:0.0}")),
            ("max send lag (ms)", m => Invariant($"{m.MaxSendLagMs:0.0}")),
        };
        var nameWidth = rows.Max(r => r.Name.Length);
        writer.WriteLine();
        writer.WriteLine("".PadRight(nameWidth) + string.Concat(Modes.Select(m => "  " + m.Mode.PadLeft(12))));
        foreach (var (name, value) in rows)
            writer.WriteLine(name.PadRight(nameWidth) + string.Concat(Modes.Select(m => "  " + value(m).PadLeft(12))));

        foreach (var mode in Modes.Where(m => m.Timeline.Count > 0))
        {
            writer.WriteLine(Invariant($"{mode.Mode} p99 (ms) per {LatencyTimeline.WindowSeconds:0} s from all streaming: ")
                + string.Join(' ', mode.Timeline.Select(w => Invariant($"{w.P99Ms:0}"))));
        }

        foreach (var (kind, count) in SignUpErrors)
            writer.WriteLine(Invariant($"error (sign-up): {kind} × {count}"));
        foreach (var mode in Modes)
        {
            foreach (var (kind, count) in mode.Errors)
                writer.WriteLine(Invariant($"error ({mode.Mode}): {kind} × {count}"));
        }
    }

    /// <summary>Writes the result as one line of JSON.</summary>
    public void WriteJson(TextWriter writer)
    {
        var document = new
        {
            url = Settings.Url.ToString(),
            singers = Settings.Singers,
            seconds = Settings.Seconds,
            chunkMs = Settings.ChunkMs,
            rampSeconds = Settings.RampSeconds,
            warmupSeconds = Settings.WarmupSeconds,
            hostPid = Settings.HostPid,
            songId = Settings.SongId,
            signedUp = SignedUp,
            signUpErrors = SignUpErrors.ToDictionary(e => e.Key, e => e.Value),
            modes = Modes.Select(m => new
            {
                mode = m.Mode,
                singers = m.Singers,
                singersConnected = m.SingersConnected,
                chunksSent = m.ChunksSent,
                chunksAnswered = m.ChunksAnswered,
                chunksTimed = m.ChunksTimed,
                p50Ms = Round(m.P50Ms),
                p95Ms = Round(m.P95Ms),
                p99Ms = Round(m.P99Ms),
                maxMs = Round(m.MaxMs),
                lateFrames = m.LateFrames,
                warmupChunksTimed = m.WarmupChunksTimed,
                warmupP99Ms = Round(m.WarmupP99Ms),
                warmupLateFrames = m.WarmupLateFrames,
                timeline = m.Timeline.Select(w => new
                {
                    fromSeconds = w.FromSeconds,
                    chunks = w.Chunks,
                    p50Ms = Round(w.P50Ms),
                    p99Ms = Round(w.P99Ms),
                    lateFrames = w.LateFrames,
                }),
                missingFrames = m.MissingFrames,
                errors = m.Errors.ToDictionary(e => e.Key, e => e.Value),
                hostCpuCores = Settings.HostPid is null ? (double?)null : Round(m.Cpu.HostCores),
                hostKernelCores = Settings.HostPid is null ? (double?)null : Round(m.Cpu.HostSystemCores),
                machineBusy = Round(m.Cpu.MachineBusyFraction),
                loadToolCpuCores = Round(m.Cpu.ClientCores),
                loadToolGcPauseMs = Round(m.Cpu.ClientGcPauseMs),
                cpuWindowSeconds = Round(m.Cpu.WallSeconds),
                maxSendLagMs = Round(m.MaxSendLagMs),
            }),
        };
        writer.WriteLine(JsonSerializer.Serialize(document, JsonOptions));
    }

    private static double Round(double value) => Math.Round(value, 3);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
