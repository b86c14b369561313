using SingKing.Dsp.Audio;
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
        using (var file = File.Create(path))
        {
            WavWriter.Write(file, take.Samples, SampleRate);
        }

        return path;
    }
}
