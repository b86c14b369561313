using SingKing.Host.Hubs;
using SingKing.Host.Tests.Support;

namespace SingKing.Host.Tests;

[Collection(HostCollection.Name)]
public sealed class LivePitchTests(HostFixture host)
{
    private static readonly short[] TwoNotes = SyntheticVoice.Sing((220, 1.5), (330, 1.5));

    [Fact]
    public async Task Streamed_voice_comes_back_as_220_then_330_Hz_within_20_cents()
    {
        var (_, frames, _) = await SingAsync(json: false);

        AssertSteadyPitch(frames, 0.2, 1.3, 220);
        AssertSteadyPitch(frames, 1.7, 2.8, 330);
    }

    [Fact]
    public async Task Streamed_voice_comes_back_as_220_then_330_Hz_over_the_JSON_protocol()
    {
        var (_, frames, _) = await SingAsync(json: true);

        AssertSteadyPitch(frames, 0.2, 1.3, 220);
        AssertSteadyPitch(frames, 1.7, 2.8, 330);
    }

    [Fact]
    public async Task Frames_arrive_in_order_without_holes_and_step_by_10_ms()
    {
        var (results, _, _) = await SingAsync(json: false);

        long expectedFirst = 0;
        foreach (var result in results)
        {
            Assert.Equal(0.010, result.HopSeconds, 12);
            Assert.Equal(expectedFirst, result.FirstFrame);
            Assert.Equal(result.FrequencyHz.Length, result.Confidence.Length);
            Assert.Equal(result.FrequencyHz.Length, result.LevelDb.Length);
            expectedFirst += result.FrequencyHz.Length;
        }

        // 3 s of audio: every frame but the last few (held back by the tracker's look-ahead) came back live.
        Assert.InRange(expectedFirst, 290, 300);
    }

    [Fact]
    public async Task Take_files_hold_every_sample_sent_and_every_frame()
    {
        var (results, _, summary) = await SingAsync(json: false);
        var take = TakeOnDisk.Load(host.Factory.TakeFolder(summary.SingerId, summary.Summary.TakeId));

        Assert.Equal("complete", take.Status);
        Assert.Equal(TwoNotes.Length, take.SamplesInFile);
        Assert.Equal((uint)TwoNotes.Length * 2, take.DataSize);
        Assert.Equal(take.DataSize + 36, take.RiffSize);
        Assert.Equal(16_000, take.SampleRateInHeader);
        Assert.Equal(SyntheticVoice.ToPcm(TwoNotes), take.Wav.AsSpan(44).ToArray());
        Assert.Equal(TwoNotes.Length, take.Record.GetProperty("sampleCount").GetInt64());

        var rows = take.PitchRows;
        Assert.Equal("time_s,f0_hz,confidence,level_db", take.PitchLines[0]);
        Assert.Equal(summary.Summary.FrameCount, rows.Count);
        Assert.True(rows.Count > results.Sum(r => r.FrequencyHz.Length), "The frames held back for look-ahead are written at the end of the take.");
        for (var k = 0; k < rows.Count; k++)
            Assert.Equal(k * 0.010, rows[k][0], 3);
        var live = results.SelectMany(r => r.FrequencyHz).ToArray();
        for (var k = 0; k < live.Length; k++)
            Assert.InRange(rows[k][1], live[k] - 0.0051, live[k] + 0.0051);
    }

    [Fact]
    public async Task Ending_a_take_summarises_its_duration_and_frames()
    {
        var (_, _, summary) = await SingAsync(json: false);

        Assert.Equal(3.0, summary.Summary.DurationSeconds, 6);
        Assert.InRange(summary.Summary.FrameCount, 300, 302);
        Assert.InRange(summary.Summary.VoicedFrameCount, 280, summary.Summary.FrameCount);
        Assert.Empty(summary.Summary.MissingChunks);
    }

    private async Task<(List<ChunkResult> Results, List<(double Time, float Hz)> Frames, (string SingerId, SessionSummary Summary))> SingAsync(bool json)
    {
        var singerId = HostFixture.NewSingerId();
        await using var singer = await SingerClient.ConnectAsync(host, singerId, json);
        var started = await singer.StartSessionAsync();
        Assert.Equal(16_000, started.SampleRate);

        var results = new List<ChunkResult>();
        var frames = new List<(double, float)>();
        var chunks = SyntheticVoice.Chunks(TwoNotes);
        for (var sequence = 0; sequence < chunks.Count; sequence++)
        {
            var result = await singer.SendChunkAsync(sequence, chunks[sequence]);
            Assert.Equal(sequence, result.Sequence);
            Assert.False(result.Duplicate);
            results.Add(result);
            for (var i = 0; i < result.FrequencyHz.Length; i++)
                frames.Add(((result.FirstFrame + i) * result.HopSeconds, result.FrequencyHz[i]));
        }

        var summary = await singer.EndSessionAsync();
        Assert.Equal(started.TakeId, summary.TakeId);
        return (results, frames, (singerId, summary));
    }

    private static void AssertSteadyPitch(List<(double Time, float Hz)> frames, double from, double to, double expectedHz)
    {
        var steady = frames.Where(f => f.Time >= from && f.Time <= to).ToList();
        Assert.True(steady.Count >= (int)((to - from) / 0.010), $"Expected a frame every 10 ms between {from} and {to} s, got {steady.Count}.");
        Assert.All(steady, f =>
        {
            Assert.True(f.Hz > 0, $"Frame at {f.Time:0.000} s is unvoiced.");
            var cents = SyntheticVoice.Cents(f.Hz, expectedHz);
            Assert.True(Math.Abs(cents) <= 20, $"Frame at {f.Time:0.000} s is {f.Hz:0.00} Hz, {cents:0.0} cents from {expectedHz} Hz.");
        });
    }
}
