namespace SingKing.Browser.Tests;

/// <summary>
/// A voice-like test signal: a harmonic tone with a falling spectrum and slight vibrato, as a singer holding a note
/// produces, for Chromium's fake microphone.
/// </summary>
public static class SungTone
{
    /// <summary>The rate Chromium's fake capture device reports, in Hz.</summary>
    public const int SampleRate = 44_100;

    /// <summary>One held note (<paramref name="FrequencyHz"/> 0 for silence) lasting <paramref name="Seconds"/>.</summary>
    public readonly record struct Note(double FrequencyHz, double Seconds);

    /// <summary>Renders the notes back to back as mono float samples at <see cref="SampleRate"/>.</summary>
    public static float[] Render(params Note[] notes)
    {
        var samples = new float[notes.Sum(n => (int)Math.Round(n.Seconds * SampleRate))];
        var offset = 0;
        var phase = 0.0;
        foreach (var note in notes)
        {
            var length = (int)Math.Round(note.Seconds * SampleRate);
            if (note.FrequencyHz > 0)
            {
                RenderNote(samples.AsSpan(offset, length), note.FrequencyHz, ref phase);
            }

            offset += length;
        }

        return samples;
    }

    /// <summary>Writes <paramref name="samples"/> as a mono 16-bit PCM WAV file at <see cref="SampleRate"/>.</summary>
    public static void WriteWav(string path, ReadOnlySpan<float> samples)
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

    private static void RenderNote(Span<float> target, double frequencyHz, ref double phase)
    {
        // Harmonic amplitudes falling like a sung vowel's; vibrato ±15 cents at 5.5 Hz; 30 ms fades so no clicks.
        double[] harmonics = [1.0, 0.6, 0.4, 0.25, 0.15, 0.1];
        const double vibratoCents = 15;
        const double vibratoHz = 5.5;
        const double peak = 0.3;
        var fade = (int)(0.03 * SampleRate);
        var normaliser = peak / harmonics.Sum();
        for (var i = 0; i < target.Length; i++)
        {
            var t = (double)i / SampleRate;
            var instantaneousHz = frequencyHz * Math.Pow(2, vibratoCents / 1200 * Math.Sin(2 * Math.PI * vibratoHz * t));
            phase += 2 * Math.PI * instantaneousHz / SampleRate;
            var value = 0.0;
            for (var h = 0; h < harmonics.Length; h++)
            {
                value += harmonics[h] * Math.Sin((h + 1) * phase);
            }

            var envelope = Math.Min(1.0, Math.Min(i, target.Length - 1 - i) / (double)fade);
            target[i] = (float)(value * normaliser * envelope);
        }
    }
}
