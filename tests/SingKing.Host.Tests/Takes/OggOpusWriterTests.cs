using System.Buffers.Binary;
using System.Diagnostics;
using SingKing.Dsp.Audio;
using SingKing.Dsp.Pitch;
using SingKing.Grains.Takes;
using SingKing.Host.Tests.Support;

namespace SingKing.Host.Tests.Takes;

/// <summary>
/// The compressed copy of a take that the report page plays back. The file is checked by the reference Opus tools
/// (opus-tools: `opusinfo`, `opusdec`), and what they decode is checked against the take: same length, same notes at
/// the same times.
/// </summary>
public sealed class OggOpusWriterTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("singking-opus-").FullName;

    // A3 for a second, a breath, E4 for a second: the second note's onset must survive at the same time.
    private static readonly short[] Take = SyntheticVoice.Melody(("rest", 0.25), ("A3", 1.0), ("rest", 0.25), ("E4", 1.0), ("rest", 0.5));

    [Fact]
    public void The_reference_tools_accept_the_file_as_mono_16_kHz_opus()
    {
        var file = Encode(Take);

        var info = Run("opusinfo", file);

        Assert.DoesNotContain("WARNING", info, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("error", info, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Channels: 1", info);
        Assert.Contains("Original sample rate: 16000", info);
    }

    [Fact]
    public void Decoded_audio_has_the_takes_length_to_the_sample()
    {
        var decoded = Decode(Encode(Take));

        Assert.Equal(Take.Length, decoded.Length);
    }

    [Fact]
    public void Decoded_audio_sings_the_same_notes_at_the_same_times()
    {
        var original = Track(Take.Select(s => s / 32768f).ToArray());
        var decoded = Track(Decode(Encode(Take)));

        Assert.Equal(Onset(original, 300), Onset(decoded, 300), 0.011);
        Assert.Equal(MedianHz(original, 0.4, 1.1), MedianHz(decoded, 0.4, 1.1), 220 * 0.005);
        Assert.Equal(MedianHz(original, 1.6, 2.4), MedianHz(decoded, 1.6, 2.4), 330 * 0.005);
    }

    [Fact]
    public void A_voice_take_compresses_to_under_a_tenth_of_its_wav()
    {
        var file = Encode(Take);

        Assert.True(new FileInfo(file).Length < Take.Length * 2 / 10, $"{new FileInfo(file).Length} bytes for {Take.Length * 2} bytes of PCM");
    }

    [Fact]
    public void Every_page_carries_a_valid_checksum_and_the_last_one_ends_the_stream()
    {
        var bytes = File.ReadAllBytes(Encode(Take));

        var pages = 0;
        byte lastHeaderType = 0;
        for (var offset = 0; offset < bytes.Length; pages++)
        {
            Assert.Equal("OggS"u8.ToArray(), bytes[offset..(offset + 4)]);
            var segments = bytes[offset + 26];
            var length = 27 + segments + bytes.AsSpan(offset + 27, segments).ToArray().Sum(b => b);
            var page = bytes[offset..(offset + length)];
            var stored = BinaryPrimitives.ReadUInt32LittleEndian(page.AsSpan(22));
            page.AsSpan(22, 4).Clear();
            Assert.Equal(stored, OggCrc.Compute(page));
            lastHeaderType = bytes[offset + 5];
            offset += length;
        }

        Assert.True(pages >= 3, $"{pages} pages");
        Assert.Equal(0x04, lastHeaderType);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Encode(short[] samples)
    {
        var path = Path.Combine(_folder, $"{Guid.NewGuid():N}.opus");
        using (var file = File.Create(path))
        using (var writer = new OggOpusWriter(file, 16_000))
        {
            // In uneven pieces, as a take arrives.
            for (var i = 0; i < samples.Length; i += 777)
                writer.Write(samples.AsSpan(i, Math.Min(777, samples.Length - i)));
        }

        return path;
    }

    private float[] Decode(string opusFile)
    {
        var wav = Path.ChangeExtension(opusFile, ".wav");
        Run("opusdec", "--quiet", "--rate", "16000", opusFile, wav);
        using var stream = File.OpenRead(wav);
        return WavReader.ReadAll(stream, out _);
    }

    private static PitchFrame[] Track(float[] samples)
    {
        var tracker = new PitchTracker(16_000);
        var frames = new List<PitchFrame>();
        tracker.Process(samples, frames);
        tracker.Flush(frames);
        return [.. frames];
    }

    // The first voiced frame above the given pitch, in seconds.
    private static double Onset(PitchFrame[] frames, double aboveHz) => frames.First(f => f.FrequencyHz > aboveHz).TimeSeconds;

    private static double MedianHz(PitchFrame[] frames, double from, double to)
    {
        var voiced = frames.Where(f => f.IsVoiced && f.TimeSeconds >= from && f.TimeSeconds < to).Select(f => (double)f.FrequencyHz).Order().ToArray();
        return voiced[voiced.Length / 2];
    }

    private static string Run(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new InvalidOperationException($"`{tool}` is not installed; the Opus file tests check against the reference tools: apt-get install opus-tools.");
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, $"{tool} exited with {process.ExitCode}: {error.Result}");
            return output.Result + error.Result;
        }
    }
}
