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

        // Half a second of four voices is 13 chunks of 40 ms each, 13 × 4 frames per voice, paced by a timer however
        // late it ticks; the tracker holds back the first few frames of each voice for its window and look-ahead.
        Assert.InRange(warmUp.FramesAnalysed, 4 * (13 * 4 - 8), 4 * 13 * 4);
        // Every frame also went through a karaoke take's note aligner, on the library's first song.
        Assert.Equal(warmUp.FramesAnalysed, warmUp.FramesAligned);
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
