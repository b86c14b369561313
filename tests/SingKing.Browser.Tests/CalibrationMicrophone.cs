using SingKing.Dsp.Audio;
using SingKing.Dsp.Calibration;

namespace SingKing.Browser.Tests;

/// <summary>Fake microphone recordings for the calibration page.</summary>
public static class CalibrationMicrophone
{
    /// <summary>
    /// Silence the microphone plays before the clicks, in seconds. Chromium starts the file when the page opens the
    /// microphone and the page starts the clicks a little later, once its audio graph is set up; the clicks must reach
    /// the page after that, so the page measures a delay of this lead less its set-up time.
    /// </summary>
    public const double LeadSeconds = 0.8;

    /// <summary>
    /// Writes the standard click track as heard by a microphone: <see cref="LeadSeconds"/> of silence, the clicks at
    /// half scale, then 2 s of silence (Chromium repeats the file's last buffer after it ends). Returns the file's path.
    /// </summary>
    public static string Clicks()
    {
        var rate = FakeMicrophoneWav.SampleRate;
        var clicks = ClickTrack.Standard.Render(rate);
        var lead = (int)(LeadSeconds * rate);
        var samples = new float[lead + clicks.Length + 2 * rate];
        for (var i = 0; i < clicks.Length; i++)
            samples[lead + i] = 0.5f * clicks[i];
        return Write(samples);
    }

    /// <summary>Writes 8 s of digital silence: a microphone in a room where the speakers are off. Returns the file's path.</summary>
    public static string Silence() => Write(new float[8 * FakeMicrophoneWav.SampleRate]);

    private static string Write(float[] samples)
    {
        var path = Path.Combine(Path.GetTempPath(), $"singking-fake-microphone-{Guid.NewGuid():N}.wav");
        using var file = File.Create(path);
        WavWriter.Write(file, samples, FakeMicrophoneWav.SampleRate);
        return path;
    }
}
