using System.Buffers.Binary;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using SingKing.Dsp.Synthesis;
using SingKing.Grains.Sessions;
using SingKing.Host.Hubs;

namespace SingKing.Benchmarks.Live;

/// <summary>
/// Measures the live path as one singer feels it: the host runs in-process on a real Kestrel port (loopback),
/// one singer streams a synthetic voice in real time (40 ms chunks every 40 ms) over SignalR with MessagePack,
/// and the run prints percentiles of the server-side chunk histogram and of the client's round trip.
/// Usage: <c>live [--seconds 30]</c>.
/// </summary>
public static class LiveLatency
{
    private const int SampleRate = 16_000;
    private const int ChunkSamples = 640; // 40 ms, what the browser sends
    private static readonly TimeSpan ChunkInterval = TimeSpan.FromMilliseconds(40);

    /// <summary>Runs the measurement and prints the figures; returns the process exit code.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        var seconds = ReadSeconds(args);
        var dataPath = Path.Combine(Path.GetTempPath(), "singking-live-latency-" + Guid.NewGuid().ToString("N"));
        var serverMs = new List<double>();
        using var listener = ListenToChunkDurations(serverMs);
        var roundTripMs = new List<double>();
        try
        {
            await using var host = new KestrelHost(dataPath);
            host.StartServer();
            Console.WriteLine($"Host listening on {host.Address}; streaming {seconds} s in {ChunkInterval.TotalMilliseconds:0} ms chunks.");

            var connection = new HubConnectionBuilder()
                .WithUrl(new Uri(host.Address, "hubs/singing"), options =>
                    options.Headers["Cookie"] = "singking-singer=latency-" + Guid.NewGuid().ToString("N")[..8])
                .AddMessagePackProtocol()
                .Build();
            await connection.StartAsync();
            await connection.InvokeAsync<SessionStarted>("startSession", new StartSessionRequest { SampleRate = SampleRate });

            var chunks = (int)(seconds * SampleRate / ChunkSamples);
            var voice = Voice(chunks * ChunkSamples);
            using var timer = new PeriodicTimer(ChunkInterval);
            for (var sequence = 0; sequence < chunks; sequence++)
            {
                var pcm = voice.AsSpan(sequence * ChunkSamples * 2, ChunkSamples * 2).ToArray();
                var started = Stopwatch.GetTimestamp();
                await connection.InvokeAsync<ChunkResult>("sendChunk", new AudioChunk { Sequence = sequence, SampleRate = SampleRate, Pcm = pcm });
                roundTripMs.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                await timer.WaitForNextTickAsync();
            }

            var summary = await connection.InvokeAsync<SessionSummary>("endSession");
            await connection.DisposeAsync();
            Console.WriteLine($"Take {summary.TakeId}: {summary.DurationSeconds:0.00} s, {summary.FrameCount} frames, {summary.VoicedFrameCount} voiced.");
        }
        finally
        {
            if (Directory.Exists(dataPath))
                Directory.Delete(dataPath, recursive: true);
        }

        List<double> server;
        lock (serverMs)
            server = [.. serverMs];
        Print("server (hub entry → result, ms)", server);
        Print("client round trip (ms)", roundTripMs);
        return 0;
    }

    private static double ReadSeconds(string[] args)
    {
        var at = Array.IndexOf(args, "--seconds");
        return at >= 0 && at + 1 < args.Length ? double.Parse(args[at + 1], CultureInfo.InvariantCulture) : 30;
    }

    private static MeterListener ListenToChunkDurations(List<double> into)
    {
        var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == TakeMetrics.MeterName && instrument.Name == LiveMetrics.ChunkDurationInstrument)
                    l.EnableMeasurementEvents(instrument);
            },
        };
        listener.SetMeasurementEventCallback<double>((_, value, _, _) =>
        {
            lock (into)
                into.Add(value);
        });
        listener.Start();
        return listener;
    }

    // The product's synthetic singer, alternating 220 and 330 Hz every second, as 16-bit PCM.
    private static byte[] Voice(int samples)
    {
        var seconds = (double)samples / SampleRate;
        var notes = Enumerable.Range(0, (int)Math.Ceiling(seconds)).Select(i => new SungNote(i % 2 == 0 ? 220 : 330, i, 1));
        var take = new VoiceSynthesizer().Synthesize(new F0Contour(notes), SampleRate, seconds, seed: 1);
        var pcm = new byte[samples * 2];
        for (var n = 0; n < samples; n++)
            BinaryPrimitives.WriteInt16LittleEndian(pcm.AsSpan(n * 2), (short)Math.Clamp(Math.Round(take.Samples[n] * short.MaxValue), short.MinValue, short.MaxValue));
        return pcm;
    }

    private static void Print(string what, List<double> values)
    {
        if (values.Count == 0)
        {
            Console.WriteLine($"{what}: no measurements");
            return;
        }

        values.Sort();
        double At(double p) => values[Math.Min(values.Count - 1, (int)Math.Ceiling(p * values.Count) - 1)];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{what}: n={values.Count} p50={At(0.50):0.000} p95={At(0.95):0.000} p99={At(0.99):0.000} max={values[^1]:0.000}"));
    }

    /// <summary>The web host on a free loopback port, with its own silo ports and data folder.</summary>
    private sealed class KestrelHost : WebApplicationFactory<SingingHub>
    {
        private readonly string _dataPath;
        private readonly int _httpPort = FreeTcpPort();

        public KestrelHost(string dataPath)
        {
            _dataPath = dataPath;
            UseKestrel(_httpPort);
        }

        public Uri Address => new($"http://localhost:{_httpPort}/");

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            builder.UseContentRoot(AppContext.BaseDirectory);
            builder.UseSetting("Orleans:SiloPort", FreeTcpPort().ToString(CultureInfo.InvariantCulture));
            builder.UseSetting("Orleans:GatewayPort", FreeTcpPort().ToString(CultureInfo.InvariantCulture));
            builder.UseSetting("SingKing:DataPath", _dataPath);
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
        }

        private static int FreeTcpPort()
        {
            using var socket = new TcpListener(IPAddress.Loopback, 0);
            socket.Start();
            return ((IPEndPoint)socket.LocalEndpoint).Port;
        }
    }
}
