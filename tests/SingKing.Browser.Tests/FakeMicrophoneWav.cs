using SingKing.Dsp.Synthesis;

namespace SingKing.Browser.Tests;

/// <summary>WAV files for Chromium's fake microphone (<c>--use-file-for-fake-audio-capture</c>).</summary>
public static class FakeMicrophoneWav
{
    /// <summary>The rate Chromium's fake capture device reports, in Hz; files at this rate play unresampled.</summary>
    public const int SampleRate = 44_100;

    /// <summary>
    /// Synthesizes a sung melody at <see cref="SampleRate"/> with a gentle vibrato (±20 cents at 5.5 Hz), as a
    /// singer holding notes does, and writes it to a new temporary WAV file whose path it returns.
    /// </summary>
    /// <param name="steps">Notes such as <c>("A3", 2.0)</c> or <c>(SingingVoice.Rest, 1.5)</c>, with their lengths in seconds.</param>
    public static string Sing(params (string Note, double Seconds)[] steps)
    {
        var expression = new F0ContourOptions { Vibrato = new VibratoOptions { ExtentCents = 20 } };
        var take = SingingVoice.Melody(SampleRate, steps, voice: null, expression, seed: 1);
        var path = Path.Combine(Path.GetTempPath(), $"singking-fake-microphone-{Guid.NewGuid():N}.wav");
        Write(path, take.Samples);
        return path;
    }

    /// <summary>Writes <paramref name="samples"/> as a mono 16-bit PCM WAV file at <see cref="SampleRate"/>.</summary>
    private static void Write(string path, ReadOnlySpan<float> samples)
    {
        using var stream = File.Create(path);
        using var writer = new BinaryWriter(stream);
        var dataBytes = samples.Length * 2;
        writer.Write("RIFF"u8);
        writer.Write(36 + dataBytes);
        writer.Write("WAVE"u8);
        writer.Write("fmt "u8);
        writer.Write(16);
        writer.Write((short)1); // PCM
        writer.Write((short)1); // mono
        writer.Write(SampleRate);
        writer.Write(SampleRate * 2); // bytes per second
        writer.Write((short)2); // block align
        writer.Write((short)16); // bits per sample
        writer.Write("data"u8);
        writer.Write(dataBytes);
        foreach (var sample in samples)
        {
            writer.Write((short)Math.Round(Math.Clamp(sample, -1f, 1f) * short.MaxValue));
        }
    }
}
