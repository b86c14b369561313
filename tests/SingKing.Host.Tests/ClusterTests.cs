using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime;
using SingKing.Grains.Sessions;
using SingKing.Host.Tests.Support;

namespace SingKing.Host.Tests;

/// <summary>Two hosts in one cluster: the singer's connection on one, the singer's session grain on the other.</summary>
[Collection(HostCollection.Name)]
public sealed class ClusterTests : IAsyncLifetime
{
    private SingKingHostFactory _connectionHost = null!;
    private SingKingHostFactory _grainHost = null!;

    public async Task InitializeAsync()
    {
        var clusterId = "cluster-" + Guid.NewGuid().ToString("N");
        _connectionHost = new SingKingHostFactory(TempFolder(), clusterId, primarySiloPort: null);
        _ = _connectionHost.Server;
        _grainHost = new SingKingHostFactory(TempFolder(), clusterId, _connectionHost.SiloPort);
        _ = _grainHost.Server;
        await BothSilosSeeEachOtherAsync();
    }

    public async Task DisposeAsync()
    {
        await _grainHost.DisposeAsync();
        await _connectionHost.DisposeAsync();
    }

    [Fact]
    public async Task Frames_come_back_to_the_host_holding_the_connection_when_the_session_lives_on_another_host()
    {
        var singerId = HostFixture.NewSingerId();
        await GrainOnOtherHost(singerId).GetStatus();
        await using var singer = await SingerClient.ConnectAsync(_connectionHost, singerId);
        var started = await singer.StartSessionAsync();
        var chunks = SyntheticVoice.Chunks(SyntheticVoice.Sing((220, 1.0)));

        var frames = new List<float>();
        for (var s = 0; s < chunks.Count; s++)
            frames.AddRange((await singer.SendChunkAsync(s, chunks[s])).FrequencyHz);
        await singer.EndSessionAsync();

        Assert.True(Directory.Exists(_grainHost.TakeFolder(singerId, started.TakeId)), "The take is written where the session grain lives.");
        Assert.False(Directory.Exists(_connectionHost.TakeFolder(singerId, started.TakeId)), "The session grain must live on the other host for this test to mean anything.");
        Assert.All(frames.Skip(20), hz => Assert.InRange(SyntheticVoice.Cents(hz, 220), -20, 20));
    }

    [Fact]
    public async Task A_session_error_crosses_hosts_with_its_code()
    {
        var singerId = HostFixture.NewSingerId();
        await GrainOnOtherHost(singerId).GetStatus();
        await using var singer = await SingerClient.ConnectAsync(_connectionHost, singerId);
        await singer.StartSessionAsync();

        var error = await Assert.ThrowsAsync<HubException>(() => singer.SendChunkAsync(0, new byte[1280], sampleRate: 8_000));

        Assert.Contains("[SampleRateMismatch] This take is recorded at 16000 Hz but the chunk says 8000 Hz.", error.Message);
    }

    // PreferLocalPlacement puts the grain on the host that first calls it.
    private ISingerSessionGrain GrainOnOtherHost(string singerId) =>
        _grainHost.Services.GetRequiredService<IGrainFactory>().GetGrain<ISingerSessionGrain>(singerId);

    private async Task BothSilosSeeEachOtherAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        foreach (var host in new[] { _connectionHost, _grainHost })
        {
            var membership = host.Services.GetRequiredService<IClusterMembershipService>();
            try
            {
                await foreach (var snapshot in membership.MembershipUpdates.WithCancellation(timeout.Token))
                {
                    if (snapshot.Members.Values.Count(m => m.Status == SiloStatus.Active) == 2)
                        break;
                }
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException("Waited 30 s for the two silos to see each other as active.");
            }
        }
    }

    private static string TempFolder() => Path.Combine(Path.GetTempPath(), "singking-cluster-" + Guid.NewGuid().ToString("N"));
}
