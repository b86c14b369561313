using SingKing.Dsp.Audio;
using SingKing.Dsp.Charts;
using SingKing.Dsp.Pitch;
using SingKing.Dsp.Synthesis;

namespace SingKing.Browser.Tests;

/// <summary>
/// Fake-microphone WAVs of a singer singing a bundled song: each note of the chart's first voice at its pitch for its
/// length, rests silent, after a lead-in of silence that lines the take up with the karaoke page's count-in.
/// </summary>
public static class KaraokeTakeWav
{
    /// <summary>The bundled song the karaoke tests sing.</summary>
    public const string SongId = "twinkle-twinkle";

    /// <summary>
    /// Seconds of silence before the take's time 0: the page's count-in (3 s from the first captured sample to the song's
    /// start). The fake microphone starts playing when the page opens it and the page counts in from the first sample it
    /// captures, so the take's time 0 meets the song's. Measured (the singing test's first voiced frame on the page
    /// against the tracker's onset in the WAV, Debian Chromium, 2 shared cores): the page hears the take 0–40 ms late (seven runs: 40, 10, 10, 10, 0, 10, 20 ms; frames are 10 ms apart).
    /// </summary>
    public const double LeadInSeconds = 3.0;

    /// <summary>Natural singing: a light vibrato, a small scoop into each note, a little jitter (as the Dsp tests sing).</summary>
    private static readonly F0ContourOptions Natural = new()
    {
        Vibrato = new VibratoOptions { ExtentCents = 30, RateHz = 5.5 },
        Scoop = new ScoopOptions { DepthCents = 100, GlideSeconds = 0.08 },
        JitterCents = 6,
    };

    /// <summary>The bundled chart of <see cref="SongId"/>, read from the repository's songs folder.</summary>
    public static Chart Chart()
    {
        var result = UltraStarParser.Parse(File.ReadAllBytes(SongPath()));
        if (!result.Succeeded)
            throw new InvalidOperationException($"The bundled {SongId} chart does not parse: {string.Join("; ", result.Errors)}");
        return result.Chart!;
    }

    /// <summary>
    /// Sings the first <paramref name="lines"/> lines of the song, every note <paramref name="semitones"/> away from its
    /// pitch, and writes the take to a new temporary WAV at <see cref="FakeMicrophoneWav.SampleRate"/>, ending in 2 s of
    /// silence (the fake microphone repeats its last buffer).
    /// </summary>
    public static string Sing(int lines, double semitones = 0) => Write(Render(lines, semitones));

    /// <summary>Writes <paramref name="samples"/> (at <see cref="FakeMicrophoneWav.SampleRate"/>) to a new temporary WAV.</summary>
    public static string Write(float[] samples)
    {
        var path = Path.Combine(Path.GetTempPath(), $"singking-karaoke-take-{Guid.NewGuid():N}.wav");
        using (var file = File.Create(path))
        {
            WavWriter.Write(file, samples, FakeMicrophoneWav.SampleRate);
        }

        return path;
    }

    /// <summary>The samples <see cref="Sing"/> writes, at <see cref="FakeMicrophoneWav.SampleRate"/>.</summary>
    public static float[] Render(int lines, double semitones = 0)
    {
        var chart = Chart();
        var notes = chart.Voices[0].Phrases.Take(lines).SelectMany(p => p.Notes).Where(n => n.HasPitch).ToList();
        var sung = notes.Select(n => SungNote.FromMidi(
            n.MidiNote + semitones,
            LeadInSeconds + chart.NoteStartSeconds(n),
            chart.NoteEndSeconds(n) - chart.NoteStartSeconds(n))).ToList();
        var end = sung[^1].EndSeconds + 2.0;
        return new VoiceSynthesizer(new VoiceOptions { VocalTract = VocalTract.Female })
            .Synthesize(new F0Contour(sung, Natural), FakeMicrophoneWav.SampleRate, end, seed: 5)
            .Samples;
    }

    /// <summary>
    /// Take time, in seconds after the lead-in, of the first voiced frame the pitch tracker finds in
    /// <paramref name="samples"/>: where a page whose song clock is exact would first hear the singer.
    /// </summary>
    public static double FirstVoicedSeconds(float[] samples)
    {
        var tracker = new PitchTracker(FakeMicrophoneWav.SampleRate);
        var frames = new List<PitchFrame>();
        tracker.Process(samples, frames);
        tracker.Flush(frames);
        return frames.First(f => f.IsVoiced).TimeSeconds - LeadInSeconds;
    }

    private static string SongPath()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "songs", SongId, "song.txt");
            if (File.Exists(candidate))
                return candidate;
        }

        throw new FileNotFoundException($"songs/{SongId}/song.txt was not found above {AppContext.BaseDirectory}.");
    }
}
