using SingKing.Dsp.Audio;
using SingKing.Dsp.Pitch;
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
    public static string Sing(params (string Note, double Seconds)[] steps) => Write(steps, portamentoSeconds: 0);

    /// <summary>
    /// As <see cref="Sing"/>, with a glide of <paramref name="glideSeconds"/> between consecutive notes through every
    /// semitone between them (sung legato, as a singer sliding down to the lowest note does), so that no note of a
    /// glide is held.
    /// </summary>
    /// <param name="glideSeconds">Seconds per semitone of each glide.</param>
    /// <param name="steps">Held notes, or <see cref="SingingVoice.Rest"/>, with their lengths in seconds.</param>
    public static string SingGliding(double glideSeconds, params (string Note, double Seconds)[] steps)
    {
        var melody = new List<(string Note, double Seconds)>();
        for (var i = 0; i < steps.Length; i++)
        {
            melody.Add(steps[i]);
            var next = i + 1 < steps.Length ? steps[i + 1].Note : SingingVoice.Rest;
            if (IsRest(steps[i].Note) || IsRest(next))
                continue;
            var from = SungNote.ParseMidi(steps[i].Note);
            var to = SungNote.ParseMidi(next);
            var direction = Math.Sign(to - from);
            for (var midi = from + direction; midi != to; midi += direction)
                melody.Add((NoteNames.Name(midi), glideSeconds));
        }

        return Write([.. melody], portamentoSeconds: glideSeconds);
    }

    private static string Write((string Note, double Seconds)[] steps, double portamentoSeconds)
    {
        var expression = new F0ContourOptions
        {
            Vibrato = new VibratoOptions { ExtentCents = 20 },
            PortamentoSeconds = portamentoSeconds,
        };
        var take = SingingVoice.Melody(SampleRate, steps, voice: null, expression, seed: 1);
        var path = Path.Combine(Path.GetTempPath(), $"singking-fake-microphone-{Guid.NewGuid():N}.wav");
        using (var file = File.Create(path))
        {
            WavWriter.Write(file, take.Samples, SampleRate);
        }

        return path;
    }

    private static bool IsRest(string note) => string.Equals(note, SingingVoice.Rest, StringComparison.OrdinalIgnoreCase);
}
