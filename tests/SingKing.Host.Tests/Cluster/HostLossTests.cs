using System.Diagnostics;
using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using SingKing.Host.Boards;
using SingKing.Host.Hubs;
using SingKing.Host.Singers;
using SingKing.Host.Tests.Karaoke;
using SingKing.Host.Tests.Support;
using SingKing.Storage.Tests.Leaderboards;
using Xunit.Abstractions;

namespace SingKing.Host.Tests.Cluster;

/// <summary>
/// Two real host processes in one Orleans cluster on a real redis-server, sharing one data folder (takes, cookie keys
/// and the SQLite file), as two containers share a volume. Each test starts its own cluster and kills it afterwards.
/// </summary>
[Collection(HostProcessesCollection.Name)]
public sealed class HostLossTests(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private static readonly TimeSpan ResumeTimeout = TimeSpan.FromSeconds(60);

    private readonly RedisServer _redis = new();
    private readonly string _dataPath = Directory.CreateTempSubdirectory("singking-hosts-").FullName;
    private readonly string _clusterId = "hosts-" + Guid.NewGuid().ToString("N");
    private HostProcess? _hostA;
    private HostProcess? _hostB;
    private bool _redisStarted;

    private HostProcess A => _hostA!;

    private HostProcess B => _hostB!;

    public async Task InitializeAsync()
    {
        try
        {
            await _redis.InitializeAsync();
            _redisStarted = true;
            _hostA = HostProcess.Start("A", Settings());
            await A.WaitForOutputAsync("Application started", StartTimeout, "its web server and silo up");
            _hostB = HostProcess.Start("B", Settings());
            await B.WaitForOutputAsync("Application started", StartTimeout, "its web server and silo up, having joined A's cluster");
        }
        catch
        {
            // xUnit does not call DisposeAsync after a failed InitializeAsync: nothing started may outlive it.
            await StopEverythingAsync();
            throw;
        }
    }

    public async Task DisposeAsync()
    {
        // Shown with a failing test: what each host logged.
        foreach (var host in new[] { _hostA, _hostB })
        {
            if (host is not null)
                output.WriteLine($"--- host {host.Name} ---\n{host.Output}");
        }

        await StopEverythingAsync();
    }

    [Fact]
    public async Task A_singer_on_host_A_whose_session_lived_on_host_B_keeps_singing_when_B_is_killed_and_the_take_is_saved_complete()
    {
        var samples = SongTakes.SingTwinkle();
        var chunks = SyntheticVoice.Chunks(samples);
        using var browser = new LoopbackBrowser();
        var accountId = await browser.SignUpAsync(A);
        var singerKey = SingerIdentity.KeyOf(accountId);

        // The session grain prefers the host of its first caller: start the take through B, then move to A. The old
        // connection is left to die with B; the resume through A takes the take over before B notices anything.
        await using var toB = await browser.ConnectAsync(B, "hubs/singing");
        var takeId = (await toB.InvokeAsync<SessionStarted>("startSession", new StartSessionRequest { SampleRate = 16_000, SongId = SongTakes.TwinkleId })).TakeId;
        for (var i = 0; i < 100; i++)
            await SendAsync(toB, i, chunks[i]);
        await B.WaitForOutputAsync($"started take {takeId}", TimeSpan.FromSeconds(5), "the log line that places the take's session on B");

        await using var toA = await browser.ConnectAsync(A, "hubs/singing");
        var resumed = await toA.InvokeAsync<SessionResumed>("resumeSession", new ResumeSessionRequest { TakeId = takeId });
        var liveFrames = 0;
        // The last chunk the session said it had kept: a page forgets it and every chunk before it.
        var kept = -1L;
        for (var i = (int)resumed.NextSequence; i < 200; i++)
        {
            var result = await SendAsync(toA, i, chunks[i]);
            liveFrames += result.FrequencyHz.Length;
            kept = Math.Max(kept, result.KeptThrough);
        }

        Assert.DoesNotContain($"take {takeId}", A.Output);
        Assert.True(liveFrames > 0, "Frames computed on B come back through A while B lives.");

        await B.KillAsync();
        var sinceKill = Stopwatch.StartNew();
        TimeSpan? resumedAfter = null;
        var hostLostErrors = 0;
        for (var next = 200; next < chunks.Count;)
        {
            try
            {
                kept = Math.Max(kept, (await SendAsync(toA, next, chunks[next])).KeptThrough);
                next++;
            }
            catch (HubException error) when (error.Message.Contains("[SessionHostLost]"))
            {
                // What the page does: resume the take, then send again everything from where the session says it stopped,
                // which must be after the last chunk it said it had kept: the page no longer has those.
                hostLostErrors++;
                next = (int)await ResumeAsync(toA, takeId, sinceKill);
                Assert.InRange(next, kept + 1, chunks.Count);
                resumedAfter ??= sinceKill.Elapsed;
            }
        }

        var summary = await toA.InvokeAsync<SessionSummary>("endSession");

        output.WriteLine($"Killed B; the take resumed on A after {resumedAfter?.TotalSeconds:0.0} s ({hostLostErrors} SessionHostLost answers).");
        Assert.NotNull(resumedAfter);
        Assert.Contains($"take {takeId} recovered from its files", A.Output);
        Assert.Empty(summary.MissingChunks);
        Assert.True(summary.Save?.Saved, $"The take was not saved: {summary.Save?.Error}");
        var take = TakeOnDisk.Load(Path.Combine(_dataPath, "takes", singerKey, takeId));
        Assert.Equal(("complete", samples.Length), (take.Status, take.SamplesInFile));
        var history = await browser.GetJsonAsync(A, "api/takes");
        Assert.Contains(history.GetProperty("takes").EnumerateArray(), t => t.GetProperty("id").GetString() == takeId);
    }

    [Fact]
    public async Task A_take_saved_through_one_host_reaches_board_watchers_on_both_hosts()
    {
        var watchers = new List<(HubConnection Connection, Channel<string> Changes, string Key)>();
        using var browser = new LoopbackBrowser();
        try
        {
            foreach (var host in new[] { A, B })
            {
                var changes = Channel.CreateUnbounded<string>();
                var connection = await browser.ConnectAsync(host, BoardExtensions.HubPath, c => c.On<string>(BoardHub.ChangedMethod, key => changes.Writer.TryWrite(key)));
                var key = await connection.InvokeAsync<string>("watch", "song", SongTakes.TwinkleId, null);
                watchers.Add((connection, changes, key));
            }

            await browser.SignUpAsync(A);
            await using var singer = await browser.ConnectAsync(A, "hubs/singing");
            await singer.InvokeAsync<SessionStarted>("startSession", new StartSessionRequest { SampleRate = 16_000, SongId = SongTakes.TwinkleId });
            var chunks = SyntheticVoice.Chunks(SongTakes.SingTwinkle());
            for (var i = 0; i < chunks.Count; i++)
                await SendAsync(singer, i, chunks[i]);
            var summary = await singer.InvokeAsync<SessionSummary>("endSession");

            Assert.True(summary.Save?.Saved, $"The take was not saved: {summary.Save?.Error}");
            foreach (var (host, (_, changes, key)) in new[] { A, B }.Zip(watchers))
                await NextChangeAsync(changes, key, host);
        }
        finally
        {
            foreach (var watcher in watchers)
                await watcher.Connection.DisposeAsync();
        }
    }

    private async Task StopEverythingAsync()
    {
        try
        {
            if (_hostB is not null)
                await _hostB.DisposeAsync();
            if (_hostA is not null)
                await _hostA.DisposeAsync();
            if (_redisStarted)
                await _redis.DisposeAsync();
            _redisStarted = false;
        }
        finally
        {
            if (Directory.Exists(_dataPath))
                Directory.Delete(_dataPath, recursive: true);
        }
    }

    private Dictionary<string, string> Settings() => new()
    {
        ["Orleans:Clustering"] = "Redis",
        ["Orleans:Redis"] = $"127.0.0.1:{_redis.Port}",
        ["Orleans:AdvertisedAddress"] = "127.0.0.1",
        ["Orleans:ClusterId"] = _clusterId,
        // A killed host is declared dead after two missed one-second probes, not Orleans' default of about half a minute.
        ["Orleans:Membership:ProbeTimeout"] = "00:00:01",
        ["Orleans:Membership:NumMissedProbesLimit"] = "2",
        ["Orleans:Membership:NumVotesForDeathDeclaration"] = "1",
        ["Leaderboards:Redis"] = $"127.0.0.1:{_redis.Port}",
        ["SingKing:DataPath"] = _dataPath,
    };

    private static Task<ChunkResult> SendAsync(HubConnection connection, long sequence, byte[] pcm) =>
        connection.InvokeAsync<ChunkResult>("sendChunk", new AudioChunk { Sequence = sequence, SampleRate = 16_000, Pcm = pcm });

    // Until the cluster has declared the killed host dead, the session still routes there; each answer says so.
    private async Task<long> ResumeAsync(HubConnection connection, string takeId, Stopwatch sinceKill)
    {
        while (true)
        {
            try
            {
                return (await connection.InvokeAsync<SessionResumed>("resumeSession", new ResumeSessionRequest { TakeId = takeId })).NextSequence;
            }
            catch (HubException error) when (error.Message.Contains("[SessionHostLost]") && sinceKill.Elapsed < ResumeTimeout)
            {
                // The page backs off the same way between attempts.
                await Task.Delay(TimeSpan.FromMilliseconds(250));
            }
            catch (HubException error) when (error.Message.Contains("[SessionHostLost]"))
            {
                throw new TimeoutException($"Waited {ResumeTimeout.TotalSeconds:0} s for take {takeId} to resume on A after B was killed; the last answer: {error.Message}\nHost A's output:\n{A.Output}");
            }
        }
    }

    private static async Task NextChangeAsync(Channel<string> changes, string key, HostProcess host)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            while (await changes.Reader.ReadAsync(timeout.Token) != key)
            {
            }
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"No boardChanged for {key} reached the watcher on host {host.Name} within 30 s.");
        }
    }
}
