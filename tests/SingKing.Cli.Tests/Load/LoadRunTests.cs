using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using SingKing.Cli.Load;
using SingKing.Dsp.Tests.Audio;
using SingKing.Host.Hubs;

namespace SingKing.Cli.Tests.Load;

/// <summary>
/// <c>singking load</c> against a real host started in this process on a loopback Kestrel port with the echo hub on:
/// every simulated singer signs up, connects and streams, and every chunk gets its answer.
/// </summary>
public sealed class LoadRunTests : IAsyncLifetime
{
    private readonly TempDirectory _files = new();
    private readonly LoopbackHost _host;

    public LoadRunTests()
    {
        _host = new LoopbackHost(Path.Combine(_files.Path, "data"));
    }

    public Task InitializeAsync()
    {
        _host.StartServer();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _files.Dispose();
    }

    [Fact]
    public void Three_singers_for_two_seconds_in_both_modes_get_one_answer_per_chunk_and_no_errors()
    {
        // 1.5 s at 44.1 kHz stereo: the tool resamples, mixes down and loops it, as the page would send it.
        var tone = SyntheticWav.Tone(220, 1.5, 44_100, 1.0, 0.5);
        var wav = _files.File("take.wav", new SyntheticWav { SampleRate = 44_100, Channels = 2 }.Build(SyntheticWav.Interleave(tone, tone)));

        var result = CliResult.Run("load", "--url", _host.Address.ToString(), "--singers", "3", "--seconds", "2", "--wav", wav, "--mode", "both", "--json");

        Assert.True(result.ExitCode == 0, $"exit {result.ExitCode}\n{result.Stdout}\n{result.Stderr}");
        using var report = JsonDocument.Parse(result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1]);
        Assert.Equal(3, report.RootElement.GetProperty("signedUp").GetInt32());
        var modes = report.RootElement.GetProperty("modes").EnumerateArray().ToList();
        Assert.Equal(["echo", "product"], modes.Select(m => m.GetProperty("mode").GetString()));
        foreach (var mode in modes)
        {
            Assert.Equal(3, mode.GetProperty("singersConnected").GetInt32());
            Assert.Equal(3 * 50, mode.GetProperty("chunksSent").GetInt64());
            Assert.Equal(3 * 50, mode.GetProperty("chunksAnswered").GetInt64());
            Assert.InRange(mode.GetProperty("chunksTimed").GetInt64(), 1, 3 * 50);
            Assert.Equal(0, mode.GetProperty("missingFrames").GetInt64());
            Assert.Empty(mode.GetProperty("errors").EnumerateObject());
            Assert.True(mode.GetProperty("p99Ms").GetDouble() > 0);
            Assert.InRange(mode.GetProperty("loadToolGcPauseMs").GetDouble(), 0, 60_000);
        }

        // The product run sang as signed-in accounts: each take is filed under its account, not an anonymous cookie.
        var takeOwners = Directory.GetDirectories(Path.Combine(_host.DataPath, "takes")).Select(Path.GetFileName).ToList();
        Assert.Equal(3, takeOwners.Count);
        Assert.All(takeOwners, owner => Assert.StartsWith("account-", owner));
        Assert.Contains("p99 latency (ms)", result.Stdout);
    }

    [Fact]
    public void With_a_song_the_product_singers_sing_karaoke_takes_of_it_and_a_song_the_host_lacks_is_an_error()
    {
        var wav = _files.File("take.wav", new SyntheticWav().Build(SyntheticWav.Tone(262, 1.0, 16_000, 1.0, 0.5)));

        var sung = CliResult.Run("load", "--url", _host.Address.ToString(), "--singers", "2", "--seconds", "2", "--wav", wav, "--song", "twinkle-twinkle", "--json");
        var missing = CliResult.Run("load", "--url", _host.Address.ToString(), "--singers", "1", "--seconds", "1", "--wav", wav, "--song", "no-such-song", "--json");

        Assert.True(sung.ExitCode == 0, $"exit {sung.ExitCode}\n{sung.Stdout}\n{sung.Stderr}");
        Assert.Contains("singing twinkle-twinkle", sung.Stdout);
        var takes = Directory.GetFiles(Path.Combine(_host.DataPath, "takes"), "take.json", SearchOption.AllDirectories);
        Assert.Equal(2, takes.Length);
        foreach (var take in takes)
        {
            using var record = JsonDocument.Parse(File.ReadAllText(take));
            Assert.Equal("twinkle-twinkle", record.RootElement.GetProperty("setup").GetProperty("songId").GetString());
            // Ended with a karaoke summary: every chunk's song time was accepted.
            Assert.Equal(JsonValueKind.Object, record.RootElement.GetProperty("karaoke").ValueKind);
        }

        Assert.Equal(1, missing.ExitCode);
        using var report = JsonDocument.Parse(missing.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1]);
        var errors = report.RootElement.GetProperty("modes")[0].GetProperty("errors").EnumerateObject().Select(e => e.Name);
        Assert.Contains(errors, e => e.StartsWith("startSession:", StringComparison.Ordinal));
    }

    [Fact]
    public void A_warm_up_is_streamed_and_answered_but_measured_apart_from_the_steady_stretch()
    {
        var tone = SyntheticWav.Tone(220, 1.5, 16_000, 1.0, 0.5);
        var wav = _files.File("take.wav", new SyntheticWav { SampleRate = 16_000, Channels = 1 }.Build(tone));

        var result = CliResult.Run(
            "load", "--url", _host.Address.ToString(), "--singers", "2", "--seconds", "1", "--warmup-seconds", "1", "--wav", wav, "--json");

        Assert.True(result.ExitCode == 0, $"exit {result.ExitCode}\n{result.Stdout}\n{result.Stderr}");
        using var report = JsonDocument.Parse(result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1]);
        Assert.Equal(1, report.RootElement.GetProperty("warmupSeconds").GetDouble());
        var product = report.RootElement.GetProperty("modes")[0];
        // Two seconds streamed in all, every chunk answered; the first second after both were streaming is the warm-up.
        Assert.Equal(2 * 50, product.GetProperty("chunksSent").GetInt64());
        Assert.Equal(2 * 50, product.GetProperty("chunksAnswered").GetInt64());
        var warmup = product.GetProperty("warmupChunksTimed").GetInt64();
        var timed = product.GetProperty("chunksTimed").GetInt64();
        Assert.InRange(warmup, 2 * 20, 2 * 26);
        Assert.InRange(timed, 2 * 20, 2 * 26);
        Assert.True(product.GetProperty("warmupP99Ms").GetDouble() > 0);
        var timeline = product.GetProperty("timeline").EnumerateArray().ToList();
        Assert.Equal(warmup + timed, timeline.Sum(w => w.GetProperty("chunks").GetInt64()));
        Assert.Contains("warm-up p99 (ms)", result.Stdout);
        Assert.Contains("product p99 (ms) per 5 s from all streaming:", result.Stdout);
    }

    [Fact]
    public async Task A_host_that_goes_away_mid_run_leaves_its_unanswered_audio_counted_missing_and_the_break_as_an_error()
    {
        var tone = SyntheticWav.Tone(220, 1.5, 16_000, 1.0, 0.5);
        var wav = _files.File("take.wav", new SyntheticWav { SampleRate = 16_000, Channels = 1 }.Build(tone));

        var run = Task.Run(() => CliResult.Run("load", "--url", _host.Address.ToString(), "--singers", "2", "--seconds", "6", "--wav", wav, "--json"));
        // Stop the host a second and a half after both singers' takes were opened, mid-stream.
        var takes = Path.Combine(_host.DataPath, "takes");
        while (!run.IsCompleted && (!Directory.Exists(takes) || Directory.GetDirectories(takes).Length < 2))
            await Task.Delay(50);
        await Task.Delay(1500);
        await _host.DisposeAsync();
        var result = await run.WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(1, result.ExitCode); // a finding, not a crash
        using var report = JsonDocument.Parse(result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1]);
        var product = report.RootElement.GetProperty("modes")[0];
        Assert.Equal(2, product.GetProperty("singersConnected").GetInt32());
        // Every chunk that fell due counts, answered or not: the audio after the break is lost, not left out.
        Assert.Equal(2 * 150, product.GetProperty("chunksSent").GetInt64());
        var answered = product.GetProperty("chunksAnswered").GetInt64();
        Assert.InRange(answered, 1, 2 * 150 - 1);
        Assert.Equal(2 * 150 - answered, product.GetProperty("missingFrames").GetInt64());
        var errors = product.GetProperty("errors").EnumerateObject().Select(e => e.Name).ToList();
        Assert.Contains(errors, kind => kind.StartsWith("connection:", StringComparison.Ordinal) || kind.StartsWith("send:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_idle_connection_pings_as_the_pages_client_does_and_the_host_takes_the_pings()
    {
        var cookies = await SingerAccount.SignUpAsync(_host.Address, "idle-" + Guid.NewGuid().ToString("N")[..8], CancellationToken.None);
        using var http = new HttpClient(new SocketsHttpHandler { UseCookies = false });
        var answered = new TaskCompletionSource<HubReply>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var socket = await HubSocket.ConnectAsync(
            http, new Uri(_host.Address, "hubs/echo"), cookies, reply => answered.TrySetResult(reply), CancellationToken.None, keepAlive: TimeSpan.FromMilliseconds(200));

        await Task.Delay(TimeSpan.FromSeconds(2));

        Assert.InRange(socket.PingsSent, 3, 20);
        // A ping the host could not read would have closed the connection.
        Assert.False(socket.Receiving.IsCompleted, "The host closed the connection.");
        await socket.StartCallAsync(buffer => HubWire.WriteStreamChunks(buffer, -3, 1), CancellationToken.None);
        await socket.SendAsync(buffer => HubWire.WriteChunkItem(buffer, 1, 0, 16_000, new byte[1280]), _ => { }, CancellationToken.None);
        Assert.Equal(new HubReply(HubReplyKind.StreamItem, -3, null, 0), await answered.Task.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    /// <summary>The web host with the echo hub on, on a free loopback port, with its own silo ports and data folder.</summary>
    private sealed class LoopbackHost : WebApplicationFactory<EchoHub>
    {
        private readonly int _httpPort = FreeTcpPort();

        public LoopbackHost(string dataPath)
        {
            DataPath = dataPath;
            UseKestrel(_httpPort);
        }

        public string DataPath { get; }

        public Uri Address => new($"http://127.0.0.1:{_httpPort}/");

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseSetting("Orleans:SiloPort", FreeTcpPort().ToString(CultureInfo.InvariantCulture));
            builder.UseSetting("Orleans:GatewayPort", FreeTcpPort().ToString(CultureInfo.InvariantCulture));
            builder.UseSetting("Orleans:ClusterId", "load-tests-" + Guid.NewGuid().ToString("N"));
            builder.UseSetting("SingKing:DataPath", DataPath);
            builder.UseSetting("Load:EchoHub", "true");
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
