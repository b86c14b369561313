using Microsoft.Extensions.DependencyInjection;
using SingKing.Host.Operations;
using SingKing.Host.Tests.Accounts;

namespace SingKing.Host.Tests.Operations;

public sealed class PitchWarmUpTests
{
    [Fact]
    public async Task A_starting_host_sings_to_the_pitch_tracker_in_real_time_for_the_configured_seconds()
    {
        await using var host = new AccountsHost(new Dictionary<string, string?> { [PitchWarmUp.SecondsKey] = "0.5" });
        var warmUp = host.Factory.Services.GetRequiredService<PitchWarmUp>();

        await warmUp.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(30));

        // Half a second of four voices in 40 ms chunks is at most 13 chunks × 4 voices × 4 frames; the tracker holds
        // back its first few frames per voice, and a busy machine may skip a tick, but frames were analysed.
        Assert.InRange(warmUp.FramesAnalysed, 40, 13 * 4 * 4);
    }

    [Fact]
    public async Task Zero_seconds_turns_the_warm_up_off()
    {
        await using var host = new AccountsHost(new Dictionary<string, string?> { [PitchWarmUp.SecondsKey] = "0" });
        var warmUp = host.Factory.Services.GetRequiredService<PitchWarmUp>();

        await warmUp.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(0, warmUp.FramesAnalysed);
    }
}
