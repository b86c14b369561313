using System.Collections.Concurrent;
using SingKing.Dsp.Charts;
using SingKing.Dsp.Synthesis;
using SingKing.Host.Tests.Songs;
using SingKing.Host.Tests.Support;

namespace SingKing.Host.Tests.Karaoke;

/// <summary>
/// Takes of a bundled song rendered from its chart: every note of the first voice held at a pitch for its
/// duration, rests between, sung by the product's synthesizer with a light vibrato and scoop, as 16 kHz PCM.
/// Take time 0 is song time 0, as when the browser starts the backing track and the capture together.
/// </summary>
internal static class SongTakes
{
    public const string TwinkleId = "twinkle-twinkle";

    private static readonly F0ContourOptions Natural = new()
    {
        Vibrato = new VibratoOptions { ExtentCents = 30, RateHz = 5.5 },
        Scoop = new ScoopOptions { DepthCents = 100, GlideSeconds = 0.08 },
        JitterCents = 6,
    };

    // Rendering half a minute of singing takes a moment; several tests sing the same take.
    private static readonly ConcurrentDictionary<(double, double), Lazy<short[]>> Rendered = new();

    private static readonly Lazy<Chart> LazyTwinkle = new(() =>
    {
        var result = UltraStarParser.Parse(File.ReadAllBytes(Path.Combine(BundledSongs.Folder, TwinkleId, "song.txt")));
        return result.Chart ?? throw new InvalidOperationException($"{TwinkleId}/song.txt does not parse: {string.Join("; ", result.Errors)}");
    });

    /// <summary>The chart of the bundled "Twinkle, Twinkle, Little Star", as the library parses it.</summary>
    public static Chart Twinkle => LazyTwinkle.Value;

    /// <summary><see cref="Sing"/> of <see cref="Twinkle"/>, rendered once per pitch shift and delay.</summary>
    public static short[] SingTwinkle(double semitones = 0, double lateSeconds = 0) =>
        Rendered.GetOrAdd((semitones, lateSeconds), key => new Lazy<short[]>(() => Sing(Twinkle, key.Item1, key.Item2))).Value;

    /// <summary>
    /// Sings every note at its own pitch plus <paramref name="semitones"/>, <paramref name="lateSeconds"/> after its
    /// chart time; the take runs half a second past the last note.
    /// </summary>
    public static short[] Sing(Chart chart, double semitones = 0, double lateSeconds = 0) =>
        Sing(chart, (_, _) => semitones, lateSeconds);

    /// <summary>
    /// Sings every note at its own pitch plus what <paramref name="semitonesOf"/> gives for the note and its line's
    /// index, <paramref name="lateSeconds"/> after its chart time.
    /// </summary>
    public static short[] Sing(Chart chart, Func<ChartNote, int, double> semitonesOf, double lateSeconds = 0)
    {
        var voice = chart.Voices[0];
        var lineOf = voice.Phrases.SelectMany((phrase, line) => phrase.Notes.Select(note => (note, line))).ToDictionary(p => p.note, p => p.line);
        var sung = voice.Notes
            .Select(note => SungNote.FromMidi(note.MidiNote + semitonesOf(note, lineOf[note]), chart.NoteStartSeconds(note) + lateSeconds,
                chart.NoteEndSeconds(note) - chart.NoteStartSeconds(note)))
            .ToList();
        var end = voice.Notes.Max(chart.NoteEndSeconds) + lateSeconds + 0.5;
        var take = new VoiceSynthesizer(new VoiceOptions { VocalTract = VocalTract.Female })
            .Synthesize(new F0Contour(sung, Natural), SyntheticVoice.SampleRate, end, seed: 5);
        return [.. take.Samples.Select(s => (short)Math.Clamp(Math.Round(s * short.MaxValue), short.MinValue, short.MaxValue))];
    }
}
